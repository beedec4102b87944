import { describe, expect, it } from "vitest";
import { findAction } from "@/lib/containment/catalog";
import { INCIDENT_COMMANDER_ROLE } from "@/lib/containment/approval-rule";
import { lifecycleStanding, releaseRefusal, retryRefusal } from "@/lib/containment/lifecycle";
import { releaseParameters } from "@/lib/containment/release-parameters";
import { revokeOlderSessionsPolicy } from "@/lib/containment/direct-calls";
import type { TActor } from "@/lib/auth/policy";

const HASH = "a".repeat(64);
const isolate = findAction("ec2-instance-contain")!;
const engineer: TActor = { kind: "user", id: "u1", email: "e@example.com", name: "Eve", roles: ["engineer"] };
const exec: TActor = { kind: "user", id: "u2", email: "x@example.com", name: "Ezra", roles: ["exec"] };
const commanderApproval = { approverId: "c1", role: INCIDENT_COMMANDER_ROLE, requestHash: HASH, voidedAt: null };
const failed = { id: "r1", status: "failed", kind: "action", dryRun: false, actionVersion: isolate.version, requestHash: HASH, approvals: [commanderApproval], releasesRequestId: null };

describe("retrying a failed request on its approvals", () => {
  it("allows it when the approvals of the exact hash still satisfy the rule and the catalog version is the approved one", () => {
    expect(retryRefusal(isolate, failed)).toBeNull();
  });
  it("refuses it when an approval was voided, was for another hash, or the catalog's action changed version", () => {
    expect(retryRefusal(isolate, { ...failed, approvals: [{ ...commanderApproval, voidedAt: new Date() }] })?.reason).toMatch(/no longer hold/);
    expect(retryRefusal(isolate, { ...failed, approvals: [{ ...commanderApproval, requestHash: "b".repeat(64) }] })?.conflict).toBe(true);
    expect(retryRefusal(isolate, { ...failed, actionVersion: isolate.version - 1 })?.reason).toMatch(/new version/);
    expect(retryRefusal(isolate, { ...failed, status: "succeeded" })?.reason).toMatch(/Only a failed/);
  });
  it("offers the button to those who may request containment, not to an executive", () => {
    expect(lifecycleStanding(engineer, isolate, failed, [failed]).mayRetry).toBe(true);
    expect(lifecycleStanding(exec, isolate, failed, [failed]).mayRetry).toBe(false);
  });
});

describe("releasing", () => {
  const succeeded = { ...failed, status: "succeeded" };
  it("allows a succeeded, real run of an action with a release runbook, once", () => {
    expect(releaseRefusal(isolate, succeeded, null)).toBeNull();
    expect(releaseRefusal(isolate, succeeded, "r2")).toMatch(/already/);
    expect(lifecycleStanding(engineer, isolate, succeeded, [succeeded, { id: "r2", releasesRequestId: "r1" }])).toMatchObject({ mayRelease: false, releasedBy: "r2" });
  });
  it("refuses a dry run, an action without a release runbook, and a release of a release", () => {
    expect(releaseRefusal(isolate, { ...succeeded, dryRun: true }, null)).toMatch(/dry run/);
    expect(releaseRefusal(findAction("ec2-forensic-snapshot"), succeeded, null)).toMatch(/no release runbook/);
    expect(releaseRefusal(findAction("iam-role-revoke-sessions"), succeeded, null)).toMatch(/no release runbook/); // revoked sessions stay revoked
    expect(releaseRefusal(isolate, { ...succeeded, kind: "release" }, null)).toMatch(/cannot itself be released/);
  });
  it("derives the release's parameters from the original: Action=Release, no dry run, the account's current role", () => {
    const role = "arn:aws:iam::111111111111:role/New";
    expect(releaseParameters(isolate, { InstanceId: "i-0abc12345", Action: "Contain", DryRun: "false", AutomationAssumeRole: "arn:aws:iam::111111111111:role/Old" }, role)).toEqual({
      InstanceId: "i-0abc12345", Action: "Release", DryRun: "false", AutomationAssumeRole: role,
    });
  });
});

describe("the revoke-older-sessions policy", () => {
  it("denies everything to tokens issued before the cut-off, the same text for the same cut-off (a repeated call is the same call)", () => {
    const at = new Date("2026-12-03T07:00:00.123Z");
    expect(JSON.parse(revokeOlderSessionsPolicy(at))).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Deny", Action: ["*"], Resource: ["*"], Condition: { DateLessThan: { "aws:TokenIssueTime": "2026-12-03T07:00:00.123Z" } } }],
    });
    expect(revokeOlderSessionsPolicy(new Date(at))).toBe(revokeOlderSessionsPolicy(at));
  });
});
