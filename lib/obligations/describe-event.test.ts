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
});
