import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { obligationsCsv } from "@/lib/reports/obligations-csv";

const CALIFORNIA = {
  id: "o1", ruleId: "US-CA-1798.82-IND", ruleVersion: "2026-11-22.1", recipient: "Affected California residents", region: "US-CA", applies: "yes",
  status: "on_track", dueAt: new Date("2027-04-01T06:59:59Z"), metAt: null, retiredAt: null, citation: "Cal. Civ. Code §1798.82",
  owner: { id: "u1", name: "Casey" }, reason: "California residents affected",
};

const rows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe("obligations.csv", () => {
  it("adds one row per coverage gap, naming the jurisdiction and the catalog version: consult counsel", () => {
    const csv = obligationsCsv([CALIFORNIA], {
      catalogVersion: "2026-12-02.2",
      coverage: [
        { jurisdiction: "CA-QC", basis: ["affected"], count: 1200, covered: false, rules: 0 },
        { jurisdiction: "US-CA", basis: ["affected"], count: 800, covered: true, rules: 4 },
        { jurisdiction: "US-MP", basis: ["affected"], count: null, covered: false, rules: 0 },
      ],
    });
    expect(rows(csv)).toEqual([
      expect.objectContaining({ rule_id: "US-CA-1798.82-IND", jurisdiction: "US-CA", status: "on_track", owner: "Casey", due_at: "2027-04-01T06:59:59.000Z" }),
      expect.objectContaining({
        rule_id: "", jurisdiction: "CA-QC", applies: "undetermined", status: "coverage_gap",
        reason: "No rules for Quebec in catalog 2026-12-02.2: consult counsel",
      }),
      expect.objectContaining({
        rule_id: "", jurisdiction: "US-MP", status: "coverage_gap",
        reason: "No rules for the Northern Mariana Islands in catalog 2026-12-02.2: consult counsel",
      }),
    ]);
  });

  it("has no gap row when every jurisdiction touched has rules", () => {
    const csv = obligationsCsv([CALIFORNIA], { catalogVersion: "2026-12-02.2", coverage: [{ jurisdiction: "US-CA", basis: ["affected"], covered: true, rules: 4 }] });
    expect(rows(csv).map((row) => row.status)).toEqual(["on_track"]);
  });

  it("keeps the columns it always had", () => {
    const header = obligationsCsv([], { catalogVersion: "x", coverage: [] }).split("\r\n")[0];
    expect(header).toBe('"rule_id","rule_version","recipient","jurisdiction","applies","status","due_at","met_at","owner","citation","reason","retired_at"');
  });
});
