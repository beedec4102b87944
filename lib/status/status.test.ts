import { describe, expect, it } from "vitest";
import {
  affectedByJurisdiction,
  findingsPerDay,
  formatRemaining,
  jurisdictionOf,
  nextDeadline,
  notified,
  obligationsByStatus,
  type TStatusObligation,
} from "@/lib/status/status";

const now = new Date("2026-11-23T12:00:00Z");
function ob(partial: Partial<TStatusObligation> & { ruleId: string }): TStatusObligation {
  return {
    id: partial.ruleId,
    recipient: "Regulator",
    region: null,
    applies: "yes",
    status: "on_track",
    dueAt: null,
    metAt: null,
    retiredAt: null,
    citation: "",
    owner: null,
    ...partial,
  };
}

describe("next deadline", () => {
  it("is the earliest open deadline, skipping met, retired, non-applying and undated rows", () => {
    const rows = [
      ob({ ruleId: "EU-GDPR-33-SA", dueAt: new Date("2026-11-25T10:00:00Z") }),
      ob({ ruleId: "UK-GDPR-33-ICO", dueAt: new Date("2026-11-24T10:00:00Z"), metAt: new Date("2026-11-23T09:00:00Z") }),
      ob({ ruleId: "US-CA-1798.82-AG", dueAt: new Date("2026-11-24T09:00:00Z"), retiredAt: now }),
      ob({ ruleId: "US-TX-521.053-AG", dueAt: new Date("2026-11-24T08:00:00Z"), applies: "undetermined" }),
      ob({ ruleId: "EU-GDPR-34-DS", dueAt: null }),
    ];
    expect(nextDeadline(rows)?.ruleId).toBe("EU-GDPR-33-SA");
    expect(nextDeadline([])).toBeNull();
  });

  it("puts an overdue deadline first", () => {
    const rows = [ob({ ruleId: "A", dueAt: new Date("2026-11-24T00:00:00Z") }), ob({ ruleId: "B", dueAt: new Date("2026-11-22T00:00:00Z") })];
    expect(nextDeadline(rows)?.ruleId).toBe("B");
  });
});

describe("obligations by status", () => {
  it("counts live rows, attention first, and treats an unmet row past due as overdue", () => {
    const rows = [
      ob({ ruleId: "A", status: "on_track", dueAt: new Date("2026-11-22T00:00:00Z") }),
      ob({ ruleId: "B", status: "on_track", dueAt: new Date("2026-11-30T00:00:00Z") }),
      ob({ ruleId: "C", status: "met", metAt: now }),
      ob({ ruleId: "D", status: "on_track", retiredAt: now }),
    ];
    expect(obligationsByStatus(rows, now)).toEqual([
      { status: "overdue", label: "Overdue", count: 1 },
      { status: "on_track", label: "On track", count: 1 },
      { status: "met", label: "Met", count: 1 },
    ]);
  });
});

describe("notified", () => {
  it("lists met obligations by when they were met, with on-time", () => {
    const rows = notified([
      ob({ ruleId: "late", dueAt: new Date("2026-11-20T00:00:00Z"), metAt: new Date("2026-11-21T00:00:00Z") }),
      ob({ ruleId: "early", dueAt: new Date("2026-11-20T00:00:00Z"), metAt: new Date("2026-11-19T00:00:00Z") }),
      ob({ ruleId: "open" }),
    ]);
    expect(rows.map((r) => [r.ruleId, r.onTime])).toEqual([["early", true], ["late", false]]);
  });
});

describe("jurisdiction", () => {
  it("uses the snapshotted region, else the rule id", () => {
    expect(jurisdictionOf({ ruleId: "US-CA-1798.82-AG", region: null })).toBe("US-CA");
    expect(jurisdictionOf({ ruleId: "EU-GDPR-33-SA", region: null })).toBe("EU");
    expect(jurisdictionOf({ ruleId: "X", region: "UK" })).toBe("UK");
  });
});

describe("people affected by jurisdiction", () => {
  it("sums per jurisdiction and keeps unknown counts unknown", () => {
    const result = affectedByJurisdiction({
      affected: [
        { jurisdiction: "US-CA", count: 1200, dataCategories: [] },
        { jurisdiction: "US-CA", count: 300, dataCategories: [] },
        { jurisdiction: "EU-DE", count: null, dataCategories: [] },
        { jurisdiction: "UK", count: 40, dataCategories: [] },
      ],
    });
    expect(result.rows).toEqual([
      { jurisdiction: "US-CA", count: 1500 },
      { jurisdiction: "UK", count: 40 },
      { jurisdiction: "EU-DE", count: null },
    ]);
    expect(result.total).toBe(1540);
    expect(result.unknown).toBe(1);
    expect(affectedByJurisdiction(null).rows).toEqual([]);
  });
});

describe("findings per day and countdown text", () => {
  it("buckets by UTC day", () => {
    expect(
      findingsPerDay([{ observedAt: new Date("2026-11-20T23:59:00Z") }, { observedAt: new Date("2026-11-21T00:01:00Z") }, { observedAt: new Date("2026-11-21T05:00:00Z") }]),
    ).toEqual([{ day: "2026-11-20", count: 1 }, { day: "2026-11-21", count: 2 }]);
  });

  it("says how long is left, or how long overdue", () => {
    expect(formatRemaining(new Date("2026-11-25T16:00:00Z"), now)).toBe("2 d 4 h left");
    expect(formatRemaining(new Date("2026-11-23T15:05:00Z"), now)).toBe("3 h 05 min left");
    expect(formatRemaining(new Date("2026-11-23T11:48:00Z"), now)).toBe("overdue by 12 min");
  });
});
