import { describe, expect, it } from "vitest";
import { formatCountdown, liveStatus } from "@/lib/obligations/live-status";

const base = {
  status: "on_track",
  applies: "yes",
  dueAt: "2027-03-29T11:05:00.000Z",
  metAt: null,
  retiredAt: null,
  evaluation: { verification: "V" as const, dueKind: "fixed" as const, trigger: { moment: "aware" as const, at: "2027-03-26T11:05:00+00:00" } },
};
const at = (iso: string) => Date.parse(iso);

describe("liveStatus", () => {
  it("is on track until 75 % of the window is gone, then due soon, then overdue after the due instant", () => {
    expect(liveStatus(base, at("2027-03-28T05:04:59Z"))).toBe("on_track");
    expect(liveStatus(base, at("2027-03-28T17:05:00Z"))).toBe("due_soon");
    expect(liveStatus(base, at("2027-03-29T11:05:00Z"))).toBe("due_soon");
    expect(liveStatus(base, at("2027-03-29T11:05:01Z"))).toBe("overdue");
  });
  it("keeps a met obligation met (late when met after the due instant), whatever the time", () => {
    expect(liveStatus({ ...base, metAt: "2027-03-29T11:00:00Z" }, at("2030-01-01T00:00:00Z"))).toBe("met");
    expect(liveStatus({ ...base, metAt: "2027-03-29T12:00:00Z" }, at("2030-01-01T00:00:00Z"))).toBe("met_late");
  });
  it("runs no clock for proposed rules, retired rows, rows that do not apply or await their trigger", () => {
    const late = at("2030-01-01T00:00:00Z");
    expect(liveStatus({ ...base, evaluation: { ...base.evaluation, verification: "P" } }, late)).toBe("proposed");
    expect(liveStatus({ ...base, retiredAt: "2027-03-27T00:00:00Z" }, late)).toBe("retired");
    expect(liveStatus({ ...base, applies: "no" }, late)).toBe("not_applicable");
    expect(liveStatus({ ...base, dueAt: null, evaluation: { ...base.evaluation, dueKind: "awaiting_trigger" } }, late)).toBe("awaiting_trigger");
  });
});

describe("formatCountdown", () => {
  it("reads days, hours, minutes and the past", () => {
    expect(formatCountdown(2 * 86_400_000 + 4 * 3_600_000 + 1)).toBe("in 2 d 4 h");
    expect(formatCountdown(3 * 3_600_000 + 5 * 60_000)).toBe("in 3 h 05 min");
    expect(formatCountdown(-90_000)).toBe("1 min 30 s ago");
  });
});
