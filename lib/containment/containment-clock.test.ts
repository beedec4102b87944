import { describe, expect, it } from "vitest";
import { containmentClock, durationWords, type TClockRequest } from "@/lib/containment/containment-clock";

const declaredAt = new Date("2026-12-01T08:00:00Z");
const at = (hours: number, minutes = 0) => new Date(declaredAt.getTime() + hours * 3_600_000 + minutes * 60_000);
const request = (status: string, succeededAt: Date | null = null, extra: Partial<TClockRequest> = {}): TClockRequest => ({ status, dryRun: false, succeededAt, ...extra });
const clock = (requests: TClockRequest[], now: Date, targetHours = 4) => containmentClock({ declaredAt, targetHours, requests, now });

describe("the containment clock", () => {
  it("is not started when nothing was requested, and says how long is left, as a warning (never calm)", () => {
    const result = clock([], at(1, 20));
    expect(result).toMatchObject({ state: "not_started", tone: "warning", containedAt: null, elapsedMs: 80 * 60_000 });
    expect(result.sentence).toBe("No containment action has been requested; 1 h 20 min since declaration, 2 h 40 min left of the 4-hour target.");
    expect(result.targetAt).toEqual(at(4));
  });

  it("runs while an action is in progress, counting from the declaration", () => {
    const result = clock([request("running"), request("awaiting_approval")], at(2));
    expect(result).toMatchObject({ state: "in_progress", tone: "warning", inProgress: 2 });
    expect(result.sentence).toBe("No containment action has succeeded yet; 2 h since declaration, 2 h left of the 4-hour target. 2 actions are in progress.");
  });

  it("stops at the last success within the target: met", () => {
    const result = clock([request("succeeded", at(1)), request("succeeded", at(2, 10)), request("failed")], at(30));
    expect(result).toMatchObject({ state: "met", tone: "ok", containedAt: at(2, 10), elapsedMs: (2 * 60 + 10) * 60_000, succeeded: 2, failed: 1 });
    expect(result.sentence).toBe("Contained 2 h 10 min after declaration, within the 4-hour target.");
    // Another action still running moves the clock if it succeeds: the sentence says it is not the last word yet.
    expect(clock([request("succeeded", at(1)), request("running")], at(2)).sentence).toBe(
      "Contained 1 h after declaration, within the 4-hour target. 1 more action is still in progress.",
    );
  });

  it("is met late when the last success came after the target, saying by how much", () => {
    const result = clock([request("succeeded", at(6, 5))], at(7), 4);
    expect(result).toMatchObject({ state: "met_late", tone: "warning", containedAt: at(6, 5) });
    expect(result.sentence).toBe("Contained 6 h 5 min after declaration, 2 h 5 min past the 4-hour target.");
  });

  it("is overdue, an alert, while nothing has succeeded past the target, whatever is in progress or failed", () => {
    expect(clock([], at(5)).sentence).toBe("No containment action has succeeded; 5 h since declaration, past the 4-hour target. None has been requested.");
    const running = clock([request("running"), request("failed")], at(5));
    expect(running).toMatchObject({ state: "overdue", tone: "alert", containedAt: null });
    expect(running.sentence).toBe("No containment action has succeeded; 5 h since declaration, past the 4-hour target. 1 action is in progress, 1 action failed.");
  });

  it("does not count dry runs or releases as containment", () => {
    const result = clock([request("succeeded", at(1), { dryRun: true }), request("succeeded", at(1), { release: true })], at(5));
    expect(result.state).toBe("overdue");
    expect(clock([request("succeeded", at(1), { dryRun: true })], at(1, 30)).sentence).toBe(
      "No containment action has been requested; 1 h 30 min since declaration, 2 h 30 min left of the 4-hour target.",
    );
  });

  it("says so when every action failed and none is in progress", () => {
    expect(clock([request("failed"), request("failed")], at(1)).sentence).toBe(
      "No containment action has succeeded and none is in progress; 1 h since declaration, 3 h left of the 4-hour target. 2 actions failed.",
    );
  });

  it("reads the organisation's own target", () => {
    expect(clock([request("succeeded", at(6))], at(7), 8)).toMatchObject({ state: "met", sentence: "Contained 6 h after declaration, within the 8-hour target." });
    expect(clock([], at(1, 1), 1).state).toBe("overdue");
    expect(clock([], at(1), 1).state).toBe("not_started"); // at the target exactly, not yet past it
  });

  it("is only ever calm (ok) when a containment action has succeeded within the target", () => {
    const statuses = ["awaiting_approval", "approved", "starting", "running", "failed", "cancelled"];
    for (const hours of [0, 1, 3.99, 4.01, 10, 100])
      for (const status of statuses) {
        const result = clock([request(status)], at(hours));
        expect(result.tone, `${status} at ${hours} h`).not.toBe("ok");
        expect(result.sentence, `${status} at ${hours} h`).toMatch(/^No containment action has/);
      }
  });
});

describe("durations in words", () => {
  it("drops zero parts and switches to days past two days", () => {
    expect(durationWords(20_000)).toBe("under a minute");
    expect(durationWords(45 * 60_000)).toBe("45 min");
    expect(durationWords(5 * 3_600_000)).toBe("5 h");
    expect(durationWords(130 * 60_000)).toBe("2 h 10 min");
    expect(durationWords(76 * 3_600_000)).toBe("3 d 4 h");
    expect(durationWords(72 * 3_600_000)).toBe("3 d");
  });
});

describe("the containment clock of a closed incident", () => {
  const declaredAt = new Date("2026-12-01T08:00:00Z");
  const hoursAfter = (h: number) => new Date(declaredAt.getTime() + h * 3_600_000);

  it("stops at closure instead of running on, and still says nothing was contained", () => {
    const atClosure = containmentClock({ declaredAt, targetHours: 4, requests: [], now: hoursAfter(50), closedAt: hoursAfter(6) });
    expect(atClosure).toMatchObject({ state: "closed_uncontained", tone: "alert", elapsedMs: 6 * 3_600_000, containedAt: null });
    expect(atClosure.sentence).toBe("The incident was closed 6 h after declaration with no containment action recorded as succeeded, past the 4-hour target. None has been requested.");
    const later = containmentClock({ declaredAt, targetHours: 4, requests: [], now: hoursAfter(500), closedAt: hoursAfter(6) });
    expect(later.elapsedMs).toBe(atClosure.elapsedMs);
  });

  it("closed within the target without containment is a warning, never calm", () => {
    const clock = containmentClock({ declaredAt, targetHours: 4, requests: [{ status: "failed", dryRun: false, succeededAt: null }], now: hoursAfter(9), closedAt: hoursAfter(2) });
    expect(clock).toMatchObject({ state: "closed_uncontained", tone: "warning" });
    expect(clock.sentence).toContain("1 action failed");
  });

  it("a success before closure is what counts", () => {
    const clock = containmentClock({ declaredAt, targetHours: 4, requests: [{ status: "succeeded", dryRun: false, succeededAt: hoursAfter(1) }], now: hoursAfter(9), closedAt: hoursAfter(2) });
    expect(clock).toMatchObject({ state: "met", tone: "ok" });
  });
});
