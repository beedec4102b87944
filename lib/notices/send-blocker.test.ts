import { describe, expect, it } from "vitest";
import { ERROR_STATUS } from "@/lib/errors/app-error";
import { sendBlocker, sendBlockerText, sendRefusal, type TSendBlockerInput } from "./send-blocker";

type TElement = { key: string; heading: string; reason: string };

const sendable: TSendBlockerInput<TElement> = {
  sent: false,
  version: { id: "version-2", number: 2 },
  approval: { rejected: false, fullyApproved: true, missing: [] },
  missing: [],
};

const subjectMissing: TElement = { key: "subject", heading: "Subject", reason: "is empty" };
const recipientsMissing: TElement = { key: "recipients", heading: "Recipients", reason: "no recipient yet" };

describe("sendBlocker", () => {
  it("lets a complete, fully approved latest version through, with or without naming it", () => {
    expect(sendBlocker(sendable)).toBeNull();
    expect(sendBlocker({ ...sendable, requestedVersionId: "version-2" })).toBeNull();
  });

  it("lets it through without recipients: a portal submission needs none, and the e-mail send checks them itself", () => {
    expect(sendBlocker({ ...sendable, missing: [recipientsMissing] })).toBeNull();
  });

  it("blocks a notice already sent, before anything else", () => {
    expect(sendBlocker({ ...sendable, sent: true })).toEqual({ reason: "sent" });
    expect(sendBlocker({ ...sendable, sent: true, version: null, approval: { rejected: true, fullyApproved: false, missing: ["legal"] } })).toEqual({ reason: "sent" });
  });

  it("blocks a notice without a version", () => {
    expect(sendBlocker({ ...sendable, version: null })).toEqual({ reason: "no_version" });
  });

  it("blocks a send that names a version other than the latest, saying which is the latest", () => {
    expect(sendBlocker({ ...sendable, requestedVersionId: "version-1" })).toEqual({ reason: "not_latest", latestVersion: 2 });
  });

  it("blocks a rejected latest version, ahead of the approvals still missing", () => {
    expect(sendBlocker({ ...sendable, approval: { rejected: true, fullyApproved: false, missing: ["comms"] } })).toEqual({ reason: "rejected", missingApprovals: ["comms"] });
  });

  it("blocks a version that still waits for approvals, naming the roles", () => {
    expect(sendBlocker({ ...sendable, approval: { rejected: false, fullyApproved: false, missing: ["legal", "comms"] } })).toEqual({ reason: "awaiting_approval", missingApprovals: ["legal", "comms"] });
  });

  it("blocks an approved version with a required element missing, listing those elements (not the recipients)", () => {
    expect(sendBlocker({ ...sendable, missing: [subjectMissing, recipientsMissing] })).toEqual({ reason: "incomplete", missing: [subjectMissing] });
  });
});

describe("sendBlockerText (the notice page's words)", () => {
  it("says each reason as the page always has", () => {
    expect(sendBlockerText({ reason: "sent" })).toBe("This notice has been sent.");
    expect(sendBlockerText({ reason: "no_version" })).toBe("This notice has no version to send.");
    expect(sendBlockerText({ reason: "not_latest", latestVersion: 3 })).toBe("Only the latest version (3) can be sent.");
    expect(sendBlockerText({ reason: "rejected", missingApprovals: [] })).toBe("The latest version was rejected: save a new version and have it approved.");
    expect(sendBlockerText({ reason: "awaiting_approval", missingApprovals: ["legal", "comms"] })).toBe("Waiting for approval from: Legal, Communications.");
    expect(sendBlockerText({ reason: "incomplete", missing: [subjectMissing, { key: "subject:internal", heading: "Subject", reason: "contains internal material" }] })).toBe(
      "Complete the elements listed as missing first: Subject.",
    );
  });
});

describe("sendRefusal (the API's 409)", () => {
  it("refuses every reason with 409 and the details a client acts on", () => {
    const [sent, noVersion, notLatest, rejected, awaiting, incomplete] = [
      sendRefusal({ reason: "sent" }),
      sendRefusal({ reason: "no_version" }),
      sendRefusal({ reason: "not_latest", latestVersion: 3 }),
      sendRefusal({ reason: "rejected", missingApprovals: ["legal"] }),
      sendRefusal({ reason: "awaiting_approval", missingApprovals: ["comms"] }),
      sendRefusal({ reason: "incomplete", missing: [subjectMissing] }),
    ];
    const refusals = [sent, noVersion, notLatest, rejected, awaiting, incomplete];
    expect(refusals.map((e) => ERROR_STATUS[e.code])).toEqual([409, 409, 409, 409, 409, 409]);
    expect(refusals.map((e) => e.message)).toEqual([
      "This notice has already been sent.",
      "This notice has no version to send.",
      "Only the latest version (3) can be sent, and only once it is fully approved.",
      "The latest version was rejected; save a new version and have it approved.",
      "The latest version is not fully approved: still needs comms.",
      "The notice is incomplete: Subject is empty.",
    ]);
    expect(rejected.extensions).toEqual({ missingApprovals: ["legal"] });
    expect(awaiting.extensions).toEqual({ missingApprovals: ["comms"] });
    expect(incomplete.extensions).toEqual({ missing: [subjectMissing] });
  });
});
