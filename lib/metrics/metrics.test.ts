import { describe, expect, it } from "vitest";
import { deadlineOutcome, median, summarizeMetrics, type TIncidentMetricInput } from "@/lib/metrics/metrics";

const now = new Date("2026-11-23T12:00:00Z");
const h = (hours: number) => new Date(Date.parse("2026-11-20T00:00:00Z") + hours * 3_600_000);
const HOUR = 3_600_000;

function incident(partial: Partial<TIncidentMetricInput>): TIncidentMetricInput {
  return { id: "i", reference: 1, title: "t", firstObservedAt: h(0), awareAt: null, declaredAt: h(10), containedAt: null, notices: [], ...partial };
}

describe("deadline outcome", () => {
  it("is on time up to and including the due instant, late after, missed when passed unmet, pending before", () => {
    expect(deadlineOutcome({ ruleId: "r", recipient: "x", dueAt: h(72), metAt: h(72) }, now)).toBe("met_on_time");
    expect(deadlineOutcome({ ruleId: "r", recipient: "x", dueAt: h(72), metAt: h(73) }, now)).toBe("met_late");
    expect(deadlineOutcome({ ruleId: "r", recipient: "x", dueAt: h(1), metAt: null }, now)).toBe("missed");
    expect(deadlineOutcome({ ruleId: "r", recipient: "x", dueAt: h(500), metAt: null }, now)).toBe("pending");
    expect(deadlineOutcome({ ruleId: "r", recipient: "x", dueAt: null, metAt: null }, now)).toBeNull();
  });
});

describe("metrics across incidents", () => {
  it("measures from the first observed finding to awareness, declaration, containment and each notice", () => {
    const result = summarizeMetrics(
      [
        incident({ id: "a", awareAt: h(2), declaredAt: h(4), containedAt: h(20), notices: [{ ruleId: "EU-GDPR-33-SA", recipient: "SA", dueAt: h(74), metAt: h(50) }] }),
        incident({ id: "b", awareAt: h(6), declaredAt: h(8), containedAt: null, notices: [{ ruleId: "UK-GDPR-33-ICO", recipient: "ICO", dueAt: h(10), metAt: h(12) }, { ruleId: "US-TX", recipient: "AG", dueAt: h(30), metAt: null }] }),
        incident({ id: "c", firstObservedAt: null, declaredAt: h(1), notices: [{ ruleId: "X", recipient: "Y", dueAt: h(9999), metAt: null }] }),
      ],
      now,
    );
    expect(result.incidents[0]).toMatchObject({ toAwarenessMs: 2 * HOUR, toDeclarationMs: 4 * HOUR, toContainmentMs: 20 * HOUR });
    expect(result.incidents[0]!.notices[0]).toMatchObject({ toNoticeMs: 50 * HOUR, marginMs: 24 * HOUR, outcome: "met_on_time" });
    expect(result.incidents[1]!.notices[0]).toMatchObject({ marginMs: -2 * HOUR, outcome: "met_late" });
    expect(result.incidents[2]).toMatchObject({ toAwarenessMs: null, toDeclarationMs: null });
    expect(result.medians).toEqual({ toAwarenessMs: 4 * HOUR, toDeclarationMs: 6 * HOUR, toContainmentMs: 20 * HOUR, toNoticeMs: 31 * HOUR });
    expect(result.deadlines).toEqual({ met_on_time: 1, met_late: 1, missed: 1, pending: 1, shareOnTime: 1 / 3 });
  });

  it("has no share when no deadline is decided yet", () => {
    expect(summarizeMetrics([], now).deadlines.shareOnTime).toBeNull();
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
  });
});
