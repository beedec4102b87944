import { describe, expect, it } from "vitest";
import { sendReadiness, type TSendReadinessInput } from "./send-readiness";

const ready: TSendReadinessInput = {
  sent: false,
  version: { id: "version-1", number: 1 },
  approval: { rejected: false, fullyApproved: true, missing: [] },
  missing: [],
  recipients: 3,
  exercise: false,
  mailConfigured: true,
};

describe("sendReadiness", () => {
  it("allows both channels for an approved, complete notice with recipients and mail", () => {
    expect(sendReadiness(ready)).toEqual({ blocked: null, email: null, submission: null });
  });

  it("lets a portal submission through without any e-mail recipient", () => {
    const portal = sendReadiness({ ...ready, recipients: 0, missing: [{ key: "recipients", heading: "Recipients" }] });
    expect(portal.submission).toBeNull();
    expect(portal.email).toBe("Add at least one e-mail recipient to send by e-mail (a portal submission needs none).");
  });

  it("says mail is not configured before anyone clicks, except on an exercise (sandbox mailbox)", () => {
    expect(sendReadiness({ ...ready, mailConfigured: false }).email).toMatch(/^Outgoing mail is not configured on this server/);
    expect(sendReadiness({ ...ready, mailConfigured: false }).submission).toBeNull();
    expect(sendReadiness({ ...ready, mailConfigured: false, exercise: true }).email).toBeNull();
  });

  it("blocks every channel while approvals or elements are missing, or once sent, saying which", () => {
    expect(sendReadiness({ ...ready, approval: { rejected: false, fullyApproved: false, missing: ["legal", "comms"] } })).toEqual({
      blocked: "Waiting for approval from: Legal, Communications.",
      email: "Waiting for approval from: Legal, Communications.",
      submission: "Waiting for approval from: Legal, Communications.",
    });
    expect(sendReadiness({ ...ready, approval: { rejected: true, fullyApproved: false, missing: [] } }).submission).toMatch(/rejected/);
    expect(sendReadiness({ ...ready, missing: [{ key: "what-happened", heading: "What Happened?" }, { key: "what-happened:internal", heading: "What Happened?" }] }).blocked).toBe(
      "Complete the elements listed as missing first: What Happened?.",
    );
    expect(sendReadiness({ ...ready, sent: true }).email).toBe("This notice has been sent.");
  });
});
