import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAYBOOKS } from "@/lib/playbooks/catalog";
import { compileLinearPattern, testLinearPattern } from "@/lib/playbooks/linear-pattern";

const catalogPatterns = [...new Set(PLAYBOOKS.flatMap((p) => p.matchers.map((m) => m.type)))];
// Beyond the catalog: every construct of the syntax, nested.
const syntaxPatterns = ["a(b|c)*d$", "^(ab)+c?$", "x.y", "(a|)b", "((a*)*)*b", "a\\.b\\*", "^$", "(RDS|rds).+Snap(shot)?"];

describe("linear patterns", () => {
  it("match exactly where RegExp with the i flag does, for the catalog's patterns and every construct", () => {
    const fragments = ["RDS", "Snapshot", "Public", "Shared", "Policy:S3/", "Bucket", "EC2", "TTPs/", ":", "/", ".", "a", "b", "c", "x", "y", "\n", "*"];
    const text = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 2 })), { maxLength: 12 }).map((parts) => parts.join(""));
    const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase());
    for (const source of [...catalogPatterns, ...syntaxPatterns]) {
      const pattern = compileLinearPattern(source);
      const regexp = new RegExp(source, "i");
      fc.assert(
        fc.property(text, casing, (t, cased) => {
          expect(testLinearPattern(pattern, cased(t)), `/${source}/ on ${JSON.stringify(cased(t))}`).toBe(regexp.test(cased(t)));
        }),
        { numRuns: 150 },
      );
    }
  });

  it("refuses syntax it does not match linearly rather than reading it differently", () => {
    for (const source of ["[ab]", "a{2}", "(?:a)", "(?=a)", "\\1", "\\d", "a*?", "(a", "a)", "*a", "^*"]) {
      expect(() => compileLinearPattern(source), source).toThrow(SyntaxError);
    }
  });

  it("visits each state at most twice per character, whatever the text", () => {
    for (const source of [...catalogPatterns, ...syntaxPatterns]) {
      const pattern = compileLinearPattern(source);
      for (const text of ["RDS".repeat(1_000), "RDSSnapshot".repeat(300), "a".repeat(3_000), "ab".repeat(1_500)]) {
        const steps = { count: 0 };
        testLinearPattern(pattern, text, steps);
        expect(steps.count, `/${source}/`).toBeLessThanOrEqual((text.length + 1) * 2 * pattern.kind.length);
      }
    }
  });
});
