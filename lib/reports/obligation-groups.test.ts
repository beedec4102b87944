import { describe, expect, it } from "vitest";
import { groupForReport, isOverdue, reportGroupOf } from "@/lib/reports/obligation-groups";

type TRow = Parameters<typeof reportGroupOf>[0];
const row = (ruleId: string, fields: Partial<TRow> = {}): TRow => ({
  ruleId, region: null, applies: "yes", status: "on_track", dueAt: null, metAt: null, retiredAt: null, trigger: null, ...fields,
});
const at = (iso: string) => new Date(iso);

describe("the report's order of the register", () => {
  it("puts open obligations first, soonest due first (overdue ones being the earliest), then undetermined, met, awaiting a trigger, and not applicable", () => {
    const groups = groupForReport([
      row("US-CA-NA", { applies: "no", status: "not_applicable" }),
      row("EU-AWAIT", { status: "awaiting_trigger", trigger: { moment: "discovered", at: null } }),
      row("UK-MET", { status: "met", dueAt: at("2026-11-23T10:00:00Z"), metAt: at("2026-11-22T09:00:00Z") }),
      row("US-TX-LATER", { dueAt: at("2026-12-20T00:00:00Z") }),
      row("US-NY-NODEADLINE", { dueAt: null }),
      row("US-FL-OVERDUE", { status: "overdue", dueAt: at("2026-11-01T00:00:00Z") }),
      row("US-WA-MAYBE", { applies: "undetermined", status: "on_track", dueAt: at("2026-12-01T00:00:00Z") }),
      row("US-OH-RETIRED", { retiredAt: at("2026-11-10T00:00:00Z"), dueAt: at("2026-11-02T00:00:00Z") }),
    ]);
    expect(Object.fromEntries(Object.entries(groups).map(([group, rows]) => [group, rows.map((r) => r.ruleId)]))).toEqual({
      open: ["US-FL-OVERDUE", "US-TX-LATER", "US-NY-NODEADLINE"],
      undetermined: ["US-WA-MAYBE"],
      met: ["UK-MET"],
      awaiting_trigger: ["EU-AWAIT"],
      not_applicable: ["US-CA-NA", "US-OH-RETIRED"],
    });
  });

  it("keeps a rule that does not apply yet but whose clock waits for a moment among those awaiting a trigger", () => {
    expect(reportGroupOf(row("X", { applies: "no", status: "awaiting_trigger" }))).toBe("awaiting_trigger");
    expect(reportGroupOf(row("X", { applies: "undetermined", trigger: { moment: "aware", at: null } }))).toBe("awaiting_trigger");
  });

  it("calls an unmet obligation overdue once its due instant has passed, whatever its stored status", () => {
    const now = at("2026-11-20T00:00:00Z");
    expect(isOverdue(row("X", { status: "on_track", dueAt: at("2026-11-19T23:59:59Z") }), now)).toBe(true);
    expect(isOverdue(row("X", { dueAt: at("2026-11-20T00:00:01Z") }), now)).toBe(false);
    expect(isOverdue(row("X", { dueAt: at("2026-11-19T00:00:00Z"), metAt: at("2026-11-18T00:00:00Z") }), now)).toBe(false);
  });
});
