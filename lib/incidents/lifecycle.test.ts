import { describe, expect, it } from "vitest";
import { INCIDENT_STATUSES } from "@/lib/incidents/schemas";
import { canTransition, closeBlockers, isReopen, nextStatuses, TRANSITIONS } from "@/lib/incidents/lifecycle";

describe("incident lifecycle", () => {
  it("walks the NIST phases forward one step at a time", () => {
    const path = ["triage", "investigating", "contained", "eradicated", "recovered", "closed"] as const;
    for (let i = 0; i + 1 < path.length; i++) expect(canTransition(path[i]!, path[i + 1]!)).toBe(true);
  });

  it("refuses skipping phases forward and staying put", () => {
    expect(canTransition("triage", "contained")).toBe(false);
    expect(canTransition("investigating", "recovered")).toBe(false);
    for (const status of INCIDENT_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it("lets any open phase close, and a closed incident only reopen into investigating", () => {
    for (const status of INCIDENT_STATUSES.filter((s) => s !== "closed")) expect(canTransition(status, "closed")).toBe(true);
    expect(nextStatuses("closed")).toEqual(["investigating"]);
    expect(isReopen("closed", "investigating")).toBe(true);
    expect(isReopen("recovered", "closed")).toBe(false);
  });

  it("falls back to investigating when containment or eradication proves incomplete", () => {
    expect(canTransition("contained", "investigating")).toBe(true);
    expect(canTransition("eradicated", "investigating")).toBe(true);
    expect(canTransition("investigating", "triage")).toBe(false);
  });

  it("has a row for every status and only known targets", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...INCIDENT_STATUSES].sort());
    for (const targets of Object.values(TRANSITIONS)) for (const t of targets) expect(INCIDENT_STATUSES).toContain(t);
  });

  it("lists every reason closing is refused, and none when nothing is open", () => {
    expect(closeBlockers({ openTasks: 0, openObligations: 0, pendingApprovals: 0 })).toEqual([]);
    expect(closeBlockers({ openTasks: 1, openObligations: 2, pendingApprovals: 3 })).toEqual([
      "1 task is still open.",
      "2 notification obligations are still open.",
      "3 approvals are still pending.",
    ]);
  });

  it("names the open tasks and the notices awaiting approval when they keep an incident from closing", () => {
    expect(
      closeBlockers({ openTasks: 0, openObligations: 0, pendingApprovals: 1, pendingApprovalTitles: ["Notice to the ICO"] }),
    ).toEqual(["1 approval is still pending: “Notice to the ICO”."]);
    expect(
      closeBlockers({ openTasks: 2, openTaskTitles: ["Rotate the key", "Notify the DPO"], openObligations: 0, pendingApprovals: 0 }),
    ).toEqual(["2 tasks are still open: “Rotate the key”, “Notify the DPO”."]);
  });
});
