import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/clocks/catalog";
import schema from "@/lib/clocks/clock-engine.schema.json";
import { RULE_IDS } from "@/lib/clocks/types";

describe("rule catalog", () => {
  it("has exactly one versioned entry per rule id of the contract's RuleId enum, and no other id", () => {
    const schemaIds = schema.$defs.Facts.$defs.RuleId.enum;
    const ids = CATALOG.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...schemaIds].sort());
    expect([...RULE_IDS].sort()).toEqual([...schemaIds].sort());
    for (const rule of CATALOG) expect(rule.version, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+/);
  });

  it("marks exactly the catalog's P rows as proposed", () => {
    const proposed = CATALOG.filter((rule) => rule.verification === "P").map((rule) => rule.id).sort();
    expect(proposed).toEqual(["IN-DPDP-BOARD-1", "IN-DPDP-BOARD-72", "IN-DPDP-DP", "US-CIRCIA-INC", "US-CIRCIA-RANSOM", "US-CIRCIA-SUPP"]);
  });

  it("every dependent rule points at a rule of the catalog listed before it (evaluation order)", () => {
    const seen = new Set<string>();
    for (const rule of CATALOG) {
      if (rule.trigger.kind === "notice") expect(seen.has(rule.trigger.ruleId), rule.id).toBe(true);
      seen.add(rule.id);
    }
  });
});
