import { describe, expect, it } from "vitest";
import { describeClockEvent } from "@/lib/obligations/describe-event";

describe("describeClockEvent", () => {
  it("summarises a register diff with old and new due instants", () => {
    expect(
      describeClockEvent("obligations.reevaluated", {
        cause: "facts changed: affected",
        added: [{ ruleId: "US-TX-521.053-IND", recipient: "Affected individuals", applies: "yes", dueAt: "2027-01-20T05:59:59.000Z" }],
        retimed: [{ ruleId: "US-CA-1798.82-IND", recipient: "CA residents", from: "a", to: "b" }],
        retired: [],
        applicability: [],
      }),
    ).toBe("added US-TX-521.053-IND (Affected individuals) due 2027-01-20T05:59:59.000Z; re-timed US-CA-1798.82-IND (CA residents) a → b (facts changed: affected)");
    expect(describeClockEvent("note.added", { text: "x" })).toBeNull();
  });

  it("says how and when an obligation was met, and whether late", () => {
    const payload = { obligationId: "o1", ruleId: "US-CA-1798.82-AG", recipient: "California Attorney General", metAt: "2026-11-23T10:00:00.000Z", via: { kind: "submission", id: null, label: "Submission via oag.ca.gov" } };
    expect(describeClockEvent("obligation.met", { ...payload, late: true })).toBe(
      "US-CA-1798.82-AG (California Attorney General) met late at 2026-11-23T10:00:00.000Z by Submission via oag.ca.gov",
    );
    expect(describeClockEvent("obligation.met", { ...payload, late: false })).toContain(") met at ");
  });
});
