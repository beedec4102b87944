import { describe, expect, it } from "vitest";
import type { TObligation } from "@/lib/clocks/types";
import { isEmptyDiff, planRegister, type TStoredObligation } from "@/lib/obligations/diff";

function next(ruleId: string, dueUtc: string | null, applies: TObligation["applies"] = "yes"): TObligation {
  return {
    ruleId: ruleId as TObligation["ruleId"], ruleVersion: "v1", recipient: "R", applies, reason: "", dueKind: dueUtc ? "fixed" : "no_fixed_deadline",
    due: dueUtc, dueUtc, timeZone: "UTC", trigger: null, citation: "", status: "on_track", verification: "V",
  };
}
function stored(ruleId: string, dueAt: string | null, extra: Partial<TStoredObligation> = {}): TStoredObligation {
  return { id: ruleId, ruleId, recipient: "R", ruleVersion: "v1", applies: "yes", status: "on_track", dueAt: dueAt ? new Date(dueAt) : null, metAt: null, retiredAt: null, version: 1, ...extra };
}

describe("planRegister", () => {
  it("adds new (rule, recipient) rows, re-times moved ones with old and new due, retires the ones no longer touched", () => {
    const plan = planRegister(
      [stored("A", "2027-01-01T00:00:00Z"), stored("B", "2027-01-02T00:00:00Z"), stored("C", null)],
      [next("A", "2027-01-03T00:00:00Z"), next("B", "2027-01-02T00:00:00Z"), next("D", "2027-01-04T00:00:00Z")],
    );
    expect(plan.summary).toEqual({
      added: [{ ruleId: "D", recipient: "R", applies: "yes", dueAt: "2027-01-04T00:00:00.000Z" }],
      retimed: [{ ruleId: "A", recipient: "R", from: "2027-01-01T00:00:00.000Z", to: "2027-01-03T00:00:00.000Z" }],
      retired: [{ ruleId: "C", recipient: "R" }],
      applicability: [],
    });
    expect(plan.create.map((o) => o.ruleId)).toEqual(["D"]);
    expect(plan.update.map((u) => [u.stored.id, u.retimed])).toEqual([["A", true], ["B", false]]);
  });

  it("never re-times, retires or rewrites a met obligation", () => {
    const met = stored("A", "2027-01-01T00:00:00Z", { metAt: new Date("2026-12-30T00:00:00Z"), status: "met" });
    expect(planRegister([met], [next("A", "2027-02-01T00:00:00Z")]).update).toEqual([]);
    const plan = planRegister([met], []);
    expect(plan.retire).toEqual([]);
    expect(isEmptyDiff(plan.summary)).toBe(true);
  });

  it("revives a retired row the facts touch again (as added), and reports applicability changes", () => {
    const plan = planRegister(
      [stored("A", null, { retiredAt: new Date() }), stored("B", null, { applies: "undetermined" })],
      [next("A", null), next("B", null, "yes")],
    );
    expect(plan.summary.added.map((a) => a.ruleId)).toEqual(["A"]);
    expect(plan.summary.applicability).toEqual([{ ruleId: "B", recipient: "R", from: "undetermined", to: "yes" }]);
    expect(plan.update.find((u) => u.stored.id === "A")?.revived).toBe(true);
  });

  it("is empty when nothing that matters changed", () => {
    expect(isEmptyDiff(planRegister([stored("A", "2027-01-01T00:00:00Z")], [next("A", "2027-01-01T00:00:00Z")]).summary)).toBe(true);
  });
});
