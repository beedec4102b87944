import { describe, expect, it } from "vitest";
import { CATALOG, RULE_IDS } from "@/lib/clocks/catalog";
import schema from "@/lib/clocks/clock-engine.schema.json";

describe("rule catalog", () => {
  it("has exactly one versioned entry per rule id of the id lists, every id of the contract's shape, and keeps every id of catalog 2026-11-22.1", () => {
    const ruleId = schema.$defs.Facts.$defs.RuleId;
    const ids = CATALOG.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
    for (const id of ids) expect(id).toMatch(new RegExp(ruleId.pattern));
    expect(ids).toEqual(expect.arrayContaining(ruleId.examples));
    for (const rule of CATALOG) expect(rule.version, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+/);
  });

  it("keeps each state's rows in that state's region", () => {
    for (const rule of CATALOG) {
      const state = /^US-([A-Z]{2})-/.exec(rule.id)?.[1];
      if (state && !["SEC", "HIPAA", "FTC", "CIRCIA"].some((prefix) => rule.id.startsWith(`US-${prefix}`))) {
        expect(rule.region, rule.id).toBe(`US-${state}`);
      }
    }
  });

  it("marks exactly the catalog's P rows as proposed", () => {
    const proposed = CATALOG.filter((rule) => rule.verification === "P").map((rule) => rule.id).sort();
    expect(proposed).toEqual(["IN-DPDP-BOARD-1", "IN-DPDP-BOARD-72", "IN-DPDP-DP", "US-CIRCIA-INC", "US-CIRCIA-RANSOM", "US-CIRCIA-SUPP",
      "US-MI-445.72-AG", "US-NJ-56-8-163-IND-S1352"]);
  });

  it("every dependent rule points at a rule of the catalog listed before it (evaluation order)", () => {
    const seen = new Set<string>();
    for (const rule of CATALOG) {
      if (rule.trigger.kind === "notice") expect(seen.has(rule.trigger.ruleId), rule.id).toBe(true);
      seen.add(rule.id);
    }
  });
});
