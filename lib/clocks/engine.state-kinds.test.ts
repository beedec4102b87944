import { describe, expect, it } from "vitest";
import { CATALOG, type TRule } from "@/lib/clocks/catalog";
import { PD, at, days, hours, sector, zone } from "@/lib/clocks/catalog/blocks";
import { counselQuestion, earliestOf, not } from "@/lib/clocks/catalog/us-states/blocks";
import { evaluate } from "@/lib/clocks/engine";
import { baseFacts, merge } from "@/lib/clocks/test-support/facts";
import type { TObligation, TRuleId } from "@/lib/clocks/types";
import { validateFacts } from "@/lib/clocks/validate";

/**
 * The engine kinds the state rows added: the `not` and `counselQuestion` gates, the earliest-of-moments trigger and
 * the "no later than an upstream notice" cap, on synthetic rows so no state's encoding is involved.
 */

const TEST_ID = "US-AL-TEST-1" as TRuleId;

function obligation(rule: Partial<TRule>, patch: Record<string, unknown>): TObligation {
  const full: TRule = {
    id: TEST_ID, version: "test", recipient: "Test", region: "US-AL", trigger: at("discovered"), deadline: days(10),
    zone: zone("America/Chicago"), gates: [], citation: "test", verification: "V", ...rule,
  };
  const result = validateFacts(merge(merge(baseFacts(), { affected: [{ jurisdiction: "US-AL", count: 10 }] }), patch));
  if (!result.ok) throw new Error(JSON.stringify(result.invalidParams));
  const found = evaluate(result.facts, [...CATALOG, full]).obligations.find((row) => row.ruleId === TEST_ID);
  if (!found) throw new Error("test row not touched");
  return found;
}

describe("not gate", () => {
  const rule = { gates: [not(sector("utility", "a utility of Alabama"), "an Alabama utility (excluded)")] };
  it("no with its reason when the inner gate holds, yes when it does not", () => {
    expect(obligation(rule, { organisation: { sectors: [{ sector: "utility", jurisdiction: "US-AL" }] } })).toMatchObject({ applies: "no", reason: "an Alabama utility (excluded)" });
    expect(obligation(rule, {})).toMatchObject({ applies: "yes" });
  });
  it("an unknown inner gate stays unknown", () => {
    const unknown = obligation({ gates: [not(PD, "personal data were compromised")] }, { incident: { personalData: "unknown" } });
    expect(unknown).toMatchObject({ applies: "undetermined", reason: "personal data not confirmed: /incident/personalData" });
  });
});

describe("counselQuestion gate", () => {
  it("is always undetermined, naming the question; a no elsewhere still wins", () => {
    const rule = { gates: [counselQuestion("is notice required elsewhere?")] };
    expect(obligation(rule, {})).toMatchObject({ applies: "undetermined", reason: "for counsel: is notice required elsewhere?" });
    expect(obligation({ gates: [PD, counselQuestion("q?")] }, { incident: { personalData: "no", dataCategories: [] }, affected: [{ jurisdiction: "US-AL", count: null }] }))
      .toMatchObject({ applies: "no" });
  });
});

describe("earliest-of-moments trigger", () => {
  const rule = { trigger: earliestOf("vendorNoticeReceived", "breachDetermined"), deadline: hours(24) };
  it("runs from whichever declared moment comes first and names it", () => {
    const both = obligation(rule, { moments: { breachDetermined: "2027-03-02T10:00:00-06:00", vendorNoticeReceived: "2027-03-01T10:00:00-06:00" } });
    expect(both).toMatchObject({ due: "2027-03-02T10:00:00-06:00", trigger: { moment: "vendorNoticeReceived", at: "2027-03-01T10:00:00-06:00" } });
    const one = obligation(rule, { moments: { breachDetermined: "2027-03-02T10:00:00-06:00" } });
    expect(one).toMatchObject({ due: "2027-03-03T10:00:00-06:00", trigger: { moment: "breachDetermined" } });
  });
  it("awaits its trigger when none is declared", () => {
    expect(obligation(rule, {})).toMatchObject({ dueKind: "awaiting_trigger", due: null, trigger: { moment: "vendorNoticeReceived", at: null } });
  });
});

describe("no later than an upstream notice", () => {
  const rule = { deadline: days(45), noLaterThanNotice: "US-AL-8-38-5-IND" as TRuleId };
  const moments = { moments: { discovered: "2027-03-01T10:00:00-06:00" } };
  it("the period's end until the upstream notice is sent earlier; then the send instant, with a note", () => {
    expect(obligation(rule, moments).due).toBe("2027-04-15T23:59:59-05:00");
    const sent = obligation(rule, { ...moments, notices: [{ ruleId: "US-AL-8-38-5-IND", sentAt: "2027-03-20T12:00:00-05:00" }] });
    expect(sent.due).toBe("2027-03-20T12:00:00-05:00");
    expect(sent.info).toContainEqual(expect.objectContaining({ kind: "note" }));
    const late = obligation(rule, { ...moments, notices: [{ ruleId: "US-AL-8-38-5-IND", sentAt: "2027-05-01T12:00:00-05:00" }] });
    expect(late.due).toBe("2027-04-15T23:59:59-05:00");
  });
});
