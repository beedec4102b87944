import { describe, expect, it } from "vitest";
import { coverageGapText } from "@/lib/clocks/coverage";
import { run } from "@/lib/clocks/test-support/facts";

/** Contract §3a, written from the contract: every touched jurisdiction once, with basis, count, covered and rules. */
describe("coverage (never silent)", () => {
  it("lists each affected jurisdiction once with its count; a state without rows of its own is a gap even with federal rows", () => {
    const { coverage, obligations } = run({ affected: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "US-MP", count: 40 }, { jurisdiction: "CA-QC", count: null }] });
    const californiaRows = obligations.filter((o) => o.ruleId.startsWith("US-CA-")).length;
    expect(californiaRows).toBeGreaterThan(0);
    expect(coverage).toEqual([
      { jurisdiction: "CA-QC", basis: ["affected"], count: null, covered: false, rules: 0, note: "no rules of Quebec itself: the Canada-wide rows do not cover it" },
      { jurisdiction: "US-CA", basis: ["affected"], count: 1200, covered: true, rules: californiaRows },
      { jurisdiction: "US-MP", basis: ["affected"], count: 40, covered: false, rules: 0, note: "no rules of the Northern Mariana Islands itself: the federal rows do not cover it" },
    ]);
    // The Canadian federal rows are listed (Quebec residents are Canadians) but do not make Quebec covered.
    expect(obligations.some((o) => o.ruleId.startsWith("CA-PIPEDA-"))).toBe(true);
  });

  it("merges the bases of a jurisdiction that is both affected and an establishment; an establishment alone has no count", () => {
    const { coverage } = run({
      organisation: { establishments: ["US-TX", "CH"] },
      affected: [{ jurisdiction: "US-TX", count: 7 }],
    });
    expect(coverage.find((entry) => entry.jurisdiction === "US-TX")).toMatchObject({ basis: ["affected", "establishment"], count: 7, covered: true });
    expect(coverage.find((entry) => entry.jurisdiction === "CH")).toEqual({ jurisdiction: "CH", basis: ["establishment"], covered: false, rules: 0, note: "no rules of Switzerland in the catalog" });
  });

  it("counts the rows of the covering regime: EU rows for an EU member state, UK rows for GB", () => {
    const { coverage, obligations } = run({ affected: [{ jurisdiction: "DE", count: 10 }, { jurisdiction: "GB", count: 5 }] });
    expect(coverage.find((entry) => entry.jurisdiction === "DE")).toMatchObject({ covered: true, rules: obligations.filter((o) => o.ruleId.startsWith("EU-")).length });
    expect(coverage.find((entry) => entry.jurisdiction === "GB")).toMatchObject({ covered: true, rules: obligations.filter((o) => o.ruleId.startsWith("UK-")).length });
  });

  it("generic US and EU codes are covered by their regime's rows, with a note that the precise code is needed", () => {
    const { coverage } = run({ affected: [{ jurisdiction: "US", count: 100 }, { jurisdiction: "EU", count: 3 }] });
    expect(coverage.find((entry) => entry.jurisdiction === "US")).toMatchObject({ covered: true, note: expect.stringContaining("US state not known") });
    expect(coverage.find((entry) => entry.jurisdiction === "EU")).toMatchObject({ covered: true, note: expect.stringContaining("member state not known") });
  });

  it("a set flag or a sector brings its jurisdiction in with basis flag", () => {
    const { coverage } = run({ organisation: { flags: { nydfsCoveredEntity: true }, sectors: [{ sector: "insurance", jurisdiction: "US-MP" }] } });
    expect(coverage.find((entry) => entry.jurisdiction === "US-NY")).toMatchObject({ basis: ["flag"], covered: true });
    expect(coverage.find((entry) => entry.jurisdiction === "US-MP")).toMatchObject({ basis: ["flag"], covered: false });
    expect(coverage.find((entry) => entry.jurisdiction === "US-MP")).not.toHaveProperty("count");
  });

  it("is empty when the facts touch nothing, and says a gap in plain words", () => {
    expect(run({}).coverage).toEqual([]);
    expect(coverageGapText({ jurisdiction: "CA-QC" }, "2026-12-01.1")).toBe("No rules for Quebec in catalog 2026-12-01.1: consult counsel");
  });
});
