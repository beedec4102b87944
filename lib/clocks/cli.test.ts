import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_US_JURISDICTIONS } from "@/lib/clocks/test-support/us-jurisdictions";
import { evaluationSchemaErrors } from "@/lib/clocks/validate";

const FIXTURES = path.join(__dirname, "fixtures");
const files = readdirSync(FIXTURES).filter((name) => name.endsWith(".json")).sort();

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/clocks.ts", ...args], {
    cwd: path.resolve(__dirname, "../.."),
    encoding: "utf8",
    input,
    env: process.env,
  });
}

// The CLI is spawned as a child process; the TZ reruns (npm run test:clocks:tz) skip it, engine.timezone.test.ts
// already compares its output across TZ values.
describe.skipIf(Boolean(process.env.CLOCKS_TZ_RERUN))("npm run clocks (CLI) against the contract's JSON Schema", () => {
  it.each(files)("%s: exactly one Evaluation on stdout, valid against $defs/Evaluation, exit 0", (file) => {
    const result = cli([path.join(FIXTURES, file)]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const evaluation = JSON.parse(lines[0]!);
    expect(evaluationSchemaErrors(evaluation)).toEqual([]);
    const ids = evaluation.obligations.map((o: { ruleId: string }) => o.ruleId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reads the facts from stdin when the path is -", () => {
    const text = readFileSync(path.join(FIXTURES, "example-a-uk-gdpr.json"), "utf8");
    const fromStdin = cli(["-"], text);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(cli([path.join(FIXTURES, "example-a-uk-gdpr.json")]).stdout);
  });

  it("bad facts: exit 2, nothing on stdout, the contract's error JSON naming the field on stderr", () => {
    const result = cli(["-"], JSON.stringify({ asOf: "2027-01-01T00:00:00Z", organisation: {}, incident: {}, affected: [], moments: {} }));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    const error = JSON.parse(result.stderr);
    expect(error.error).toBe("invalid_facts");
    expect(error.invalid_params).toContainEqual({ name: "/organisation/timeZone", reason: "is required" });
    expect(error.invalid_params).toContainEqual({ name: "/incident/personalData", reason: "is required" });
  });

  it("answers every US state, DC and territory with its own rows: none is a coverage gap", () => {
    const result = cli([path.join(FIXTURES, "us-nationwide-ecommerce.json")]);
    expect(result.status).toBe(0);
    const evaluation = JSON.parse(result.stdout) as {
      obligations: { ruleId: string }[];
      coverage: { jurisdiction: string; basis: string[]; count?: number | null; covered: boolean; rules: number; note?: string }[];
    };
    for (const code of ALL_US_JURISDICTIONS) {
      const entries = evaluation.coverage.filter((entry) => entry.jurisdiction === `US-${code}`);
      expect(entries, code).toHaveLength(1);
      const entry = entries[0]!;
      expect(entry.basis).toContain("affected");
      expect(entry.count).toEqual(expect.any(Number));
      expect(entry, code).toMatchObject({ covered: true });
      expect(entry.rules).toBe(evaluation.obligations.filter((o) => o.ruleId.startsWith(`US-${code}-`)).length);
      expect(entry.rules, code).toBeGreaterThan(0);
    }
    expect(evaluation.coverage.filter((entry) => entry.jurisdiction.startsWith("US-") && !entry.covered)).toEqual([]);
    expect(evaluation.coverage.find((entry) => entry.jurisdiction === "US-OH")?.basis).toEqual(["affected", "establishment", "flag"]);
  });
});
