import { describe, expect, it } from "vitest";
import { CATALOG, type TGate, type TRule } from "@/lib/clocks/catalog";
import { anyOf, at, businessDays, count, employees, hours, sector, zone } from "@/lib/clocks/catalog/blocks";
import { evaluate, withArticle } from "@/lib/clocks/engine";
import { baseFacts, merge } from "@/lib/clocks/test-support/facts";
import type { TObligation, TRuleId } from "@/lib/clocks/types";
import { validateFacts } from "@/lib/clocks/validate";

/**
 * The gate kinds and calendars the all-states catalog needs (sector, anyOf over AND-lists, employees, state business
 * days), exercised through synthetic rows so the tests do not depend on any state's encoding.
 */

const TEST_ID = "US-TEST-1-INS" as TRuleId;

function testRule(patch: Partial<TRule>): TRule {
  return {
    id: TEST_ID, version: "test", recipient: "Test regulator", region: "US-AL", trigger: at("cybersecurityIncidentDetermined"),
    deadline: hours(72), zone: zone("America/Chicago"), gates: [], citation: "test", verification: "V", ...patch,
  };
}

function evaluateWith(rule: TRule, patch: Record<string, unknown>): TObligation {
  const result = validateFacts(merge(baseFacts(), patch));
  if (!result.ok) throw new Error(JSON.stringify(result.invalidParams));
  const found = evaluate(result.facts, [...CATALOG, rule]).obligations.find((obligation) => obligation.ruleId === TEST_ID);
  if (!found) throw new Error("test row not touched");
  return found;
}

const insurer = (home?: boolean) => ({ organisation: { sectors: [{ sector: "insurance", jurisdiction: "US-AL", ...(home === undefined ? {} : { home }) }] } });
const gates = (...list: TGate[]) => ({ gates: list });

describe("sector gate", () => {
  it("yes only for an entry of the rule's own jurisdiction and sector; a sector entry alone touches the state's rows", () => {
    const rule = testRule(gates(sector("insurance", "an insurance licensee of Alabama")));
    expect(evaluateWith(rule, insurer())).toMatchObject({ applies: "yes", reason: "applies: an insurance licensee of Alabama" });
    const elsewhere = { organisation: { establishments: ["US-AL"], sectors: [{ sector: "insurance", jurisdiction: "US-GA" }] } };
    expect(evaluateWith(rule, elsewhere)).toMatchObject({ applies: "no", reason: "not an insurance licensee of Alabama" });
    const otherSector = { organisation: { sectors: [{ sector: "utility", jurisdiction: "US-AL" }] } };
    expect(evaluateWith(rule, otherSector).applies).toBe("no");
  });

  it("home: true needs the home-state mark; an absent entry is no, never undetermined", () => {
    const rule = testRule(gates(sector("insurance", "an Alabama-domiciled insurer", true)));
    expect(evaluateWith(rule, insurer(true)).applies).toBe("yes");
    expect(evaluateWith(rule, insurer(false)).applies).toBe("no");
    expect(evaluateWith(rule, { organisation: { establishments: ["US-AL"] } }).applies).toBe("no");
  });

  it("an unknown sector name or a duplicate entry is refused naming the field", () => {
    const bad = validateFacts(merge(baseFacts(), { organisation: { sectors: [{ sector: "bakery", jurisdiction: "US-AL" }] } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.invalidParams[0]?.name).toBe("/organisation/sectors/0/sector");
    const twice = validateFacts(merge(baseFacts(), { organisation: { sectors: [{ sector: "insurance", jurisdiction: "US-AL" }, { sector: "insurance", jurisdiction: "US-AL", home: true }] } }));
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.invalidParams.map((p) => p.name)).toContain("/organisation/sectors/1");
  });
});

describe("anyOf gate over AND-lists (NAIC model: home state AND harm, OR ≥ 250 residents AND harm)", () => {
  const naic = testRule(gates(anyOf("NAIC notice condition",
    [sector("insurance", "Alabama is the home state", true), { kind: "harm", need: "risk", onUnknown: "undetermined", label: "reasonable likelihood of material harm" }],
    [count(">=", 250), { kind: "harm", need: "risk", onUnknown: "undetermined", label: "reasonable likelihood of material harm" }],
  )));
  const facts = (home: boolean, residents: number | null, riskLevel: string) => merge(insurer(home), { affected: [{ jurisdiction: "US-AL", count: residents }], incident: { riskLevel } });

  it("yes when every gate of one option is yes, and the reason names that option", () => {
    expect(evaluateWith(naic, facts(true, 3, "risk"))).toMatchObject({ applies: "yes", reason: "applies: Alabama is the home state" });
    expect(evaluateWith(naic, facts(false, 250, "risk"))).toMatchObject({ applies: "yes", reason: "applies: 250 is at least 250" });
  });

  it("no when every option has a gate that is no (249 is below the boundary)", () => {
    expect(evaluateWith(naic, facts(false, 249, "risk"))).toMatchObject({ applies: "no", reason: "not a NAIC notice condition" });
    expect(evaluateWith(naic, facts(true, 900, "none")).applies).toBe("no");
  });

  it("undetermined when no option is yes and one is only unknown, naming the missing facts", () => {
    const home = evaluateWith(naic, facts(true, 3, "unknown"));
    expect(home.applies).toBe("undetermined");
    expect(home.reason).toContain("/incident/riskLevel");
    const counted = evaluateWith(naic, facts(false, null, "risk"));
    expect(counted.applies).toBe("undetermined");
    expect(counted.reason).toContain("/affected/0/count");
  });
});

describe("employees gate", () => {
  const rule = testRule(gates(employees(">=", 50)));
  it("compares with the stated comparator at the boundary; unknown employees is undetermined", () => {
    expect(evaluateWith(rule, merge(insurer(), { organisation: { employees: 50 } }))).toMatchObject({ applies: "yes", reason: "applies: 50 employees is at least 50" });
    expect(evaluateWith(rule, merge(insurer(), { organisation: { employees: 49 } }))).toMatchObject({ applies: "no", reason: "49 employees is not at least 50" });
    expect(evaluateWith(rule, insurer())).toMatchObject({ applies: "undetermined", reason: "number of employees not known: /organisation/employees" });
    expect(evaluateWith(testRule(gates(employees(">", 10))), merge(insurer(), { organisation: { employees: 10 } })).applies).toBe("no");
  });
});

describe("state business-day calendars", () => {
  it("Georgia's own holidays count (Fri 27 Nov 2026, the day after Thanksgiving, is a Georgia state holiday)", () => {
    const rule = testRule({ region: "US-GA", zone: zone("America/New_York"), deadline: businessDays(3, "US-GA"), gates: [] });
    const due = evaluateWith(rule, { organisation: { establishments: ["US-GA"] }, moments: { cybersecurityIncidentDetermined: "2026-11-24T10:00:00-05:00" } });
    // After Tue 24 Nov: Wed 25 (1), Thu 26 Thanksgiving, Fri 27 state holiday, Mon 30 (2), Tue 1 Dec (3).
    expect(due).toMatchObject({ dueKind: "fixed", due: "2026-12-01T23:59:59-05:00" });
    expect(due.info).toBeUndefined();
    const federal = testRule({ region: "US-GA", zone: zone("America/New_York"), deadline: businessDays(3, "US-federal"), gates: [] });
    expect(evaluateWith(federal, { organisation: { establishments: ["US-GA"] }, moments: { cybersecurityIncidentDetermined: "2026-11-24T10:00:00-05:00" } }).due)
      .toBe("2026-11-30T23:59:59-05:00");
  });

  it("Puerto Rico uses its own calendar (Día de Reyes, 6 Jan 2026)", () => {
    const rule = testRule({ region: "US-PR", zone: zone("America/Puerto_Rico"), deadline: businessDays(1, "US-PR"), gates: [] });
    expect(evaluateWith(rule, { organisation: { establishments: ["US-PR"] }, moments: { cybersecurityIncidentDetermined: "2026-01-05T10:00:00-04:00" } }).due)
      .toBe("2026-01-07T23:59:59-04:00");
  });

  it("a calendar the library lacks falls back to US federal holidays and says so", () => {
    const rule = testRule({ region: "US-GU", zone: zone("Pacific/Guam"), deadline: businessDays(1, "US-MP" as "US-GU"), gates: [] });
    const due = evaluateWith(rule, { organisation: { establishments: ["US-GU"] }, moments: { cybersecurityIncidentDetermined: "2026-05-22T10:00:00+10:00" } });
    expect(due.due).toBe("2026-05-26T23:59:59+10:00");
    expect(due.info).toContainEqual({ kind: "note", text: "No holiday calendar for US-MP: business days skip US federal holidays" });
  });
});

describe("vendorNoticeReceived moment and row notes", () => {
  it("starts a rule's clock and carries the row's notes as info lines", () => {
    const rule = testRule({ trigger: at("vendorNoticeReceived"), deadline: { kind: "calendarDays", days: 45 }, notes: ["No calendar named: state legal holidays used"] });
    const due = evaluateWith(rule, merge(insurer(), { moments: { vendorNoticeReceived: "2027-03-01T09:00:00-06:00" } }));
    expect(due).toMatchObject({ due: "2027-04-15T23:59:59-05:00", trigger: { moment: "vendorNoticeReceived", at: "2027-03-01T09:00:00-06:00" } });
    expect(due.info).toContainEqual({ kind: "note", text: "No calendar named: state legal holidays used" });
  });
});

describe("withArticle", () => {
  it("chooses the article by the label's first sound", () => {
    expect(withArticle("information broker")).toBe("an information broker");
    expect(withArticle("APPI reportable situation")).toBe("an APPI reportable situation");
    expect(withArticle("major ICT-related incident")).toBe("a major ICT-related incident");
    expect(withArticle("European entity")).toBe("a European entity");
    expect(withArticle("unregulated entity")).toBe("an unregulated entity");
    expect(withArticle("university")).toBe("a university");
  });
});
