import { describe, expect, it } from "vitest";
import { duePoints, fireAt, nextReminderAt, OVERDUE_POINT } from "@/lib/reminder-schedule/points";

const start = Date.parse("2027-03-26T11:05:00Z");
const due = start + 72 * 3_600_000;
const H = 3_600_000;

describe("fireAt", () => {
  it("places fractions of the window and fixed leads before the due instant", () => {
    expect(fireAt("50%", start, due)).toBe(start + 36 * H);
    expect(fireAt("75%", start, due)).toBe(start + 54 * H);
    expect(fireAt("90%", start, due)).toBe(start + 64.8 * H);
    expect(fireAt("1h", start, due)).toBe(due - H);
    expect(fireAt("30m", start, due)).toBe(due - 30 * 60_000);
  });
  it("has no point without a trigger for fractions, or before the clock started", () => {
    expect(fireAt("50%", null, due)).toBeNull();
    expect(fireAt("1h", null, due)).toBe(due - H);
    expect(fireAt("100h", start, due)).toBeNull();
    expect(fireAt("soon", start, due)).toBeNull();
  });
});

describe("duePoints", () => {
  const points = ["50%", "75%", "90%", "1h"];
  it("sends nothing before the first point, then each point once", () => {
    expect(duePoints(points, { startMs: start, dueMs: due }, start + 35 * H, new Set())).toEqual([]);
    expect(duePoints(points, { startMs: start, dueMs: due }, start + 36 * H, new Set())).toEqual([{ label: "50%", fireAt: start + 36 * H, outcome: "sent" }]);
    expect(duePoints(points, { startMs: start, dueMs: due }, start + 40 * H, new Set(["50%"]))).toEqual([]);
  });
  it("sends only the latest passed point and records the earlier ones as skipped (due time in the past)", () => {
    const result = duePoints(points, { startMs: start, dueMs: due }, due + H, new Set());
    expect(result.map((p) => [p.label, p.outcome])).toEqual([["50%", "skipped"], ["75%", "skipped"], ["90%", "skipped"], ["1h", "sent"]]);
  });
});

describe("nextReminderAt", () => {
  const points = ["50%", "75%", "90%", "1h"];
  const window = { startMs: start, dueMs: due };
  it("is the earliest point not recorded yet, then the next, then the deadline itself", () => {
    expect(nextReminderAt(points, window, new Set())).toBe(start + 36 * H);
    expect(nextReminderAt(points, window, new Set(["50%"]))).toBe(start + 54 * H);
    expect(nextReminderAt(points, window, new Set(["50%", "75%", "90%", "1h"]))).toBe(due);
    expect(nextReminderAt(points, window, new Set([...points, OVERDUE_POINT]))).toBeNull();
  });
  it("agrees with duePoints: right after a scan records what passed, the next instant is after now", () => {
    for (let hours = 0; hours <= 80; hours += 0.5) {
      const now = start + hours * H;
      const recorded = new Set(duePoints([...points, OVERDUE_POINT], window, now, new Set()).map((p) => p.label));
      const next = nextReminderAt(points, window, recorded);
      if (next === null) expect(now).toBeGreaterThanOrEqual(due);
      else expect(next).toBeGreaterThan(now);
    }
  });
  it("without a trigger only the fixed leads and the deadline can remind", () => {
    expect(nextReminderAt(points, { startMs: null, dueMs: due }, new Set())).toBe(due - H);
  });
});
