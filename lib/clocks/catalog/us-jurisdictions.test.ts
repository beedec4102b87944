import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/clocks/catalog";
import { evaluateFacts } from "@/lib/clocks";
import { baseFacts, merge } from "@/lib/clocks/test-support/facts";
import { ALL_US_JURISDICTIONS } from "@/lib/clocks/test-support/us-jurisdictions";

describe("every US state, DC, Puerto Rico, Guam and the US Virgin Islands", () => {
  it("are 54 distinct jurisdictions", () => {
    expect(new Set(ALL_US_JURISDICTIONS).size).toBe(54);
  });

  it.each(ALL_US_JURISDICTIONS)("US-%s has rules of its own in the catalog", (code) => {
    expect(CATALOG.filter((rule) => rule.region === `US-${code}`).length).toBeGreaterThan(0);
  });

  it.each(ALL_US_JURISDICTIONS)("residents of US-%s alone: covered, with at least one of its rows listed and no gap", (code) => {
    const result = evaluateFacts(merge(baseFacts(), {
      affected: [{ jurisdiction: `US-${code}`, count: 10 }], moments: { discovered: "2027-03-01T10:00:00Z" },
    }));
    if (!result.ok) throw new Error(JSON.stringify(result.invalidParams));
    const { obligations, coverage } = result.evaluation;
    expect(obligations.filter((obligation) => obligation.ruleId.startsWith(`US-${code}-`)).length).toBeGreaterThan(0);
    expect(coverage.find((entry) => entry.jurisdiction === `US-${code}`)).toMatchObject({ covered: true });
    expect(coverage.filter((entry) => !entry.covered)).toEqual([]);
  });
});
