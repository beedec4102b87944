import { describe, expect, it } from "vitest";
import { describeTimelineEvent } from "@/lib/timeline-text/describe";
import { sentenceText } from "@/lib/timeline-text/parts";

const at = new Date("2027-01-12T09:30:00Z");
const say = (kind: string, payload: unknown, actorLabel = "Eve Engineer") => sentenceText(describeTimelineEvent({ kind, payload, actorLabel, occurredAt: at, recordedAt: at }), "UTC");
const base = { title: "Isolate the instance on the network", target: "i-0abc12345" };

describe("containment retry and release sentences", () => {
  it("says a retry ran on the existing approvals, with the attempt and the last failure as text", () => {
    expect(say("containment.retried", { ...base, requestId: "r1", requestHash: "a".repeat(64), attempt: 2, previousFailure: "AccessDenied" })).toMatch(
      /^Eve Engineer retried .*Isolate the instance on the network.* \(attempt 2\) on its existing approvals.*AccessDenied/,
    );
  });

  it("links a release to the request it undoes, when requested and when finished", () => {
    const requested = {
      ...base, requestId: "r2", actionId: "ec2-instance-contain", runbook: "AWSSupport-ContainEC2Instance", accountId: "111111111111", region: "us-east-1",
      roleArn: "arn:aws:iam::111111111111:role/R", parameters: { Action: "Release" }, requestHash: "b".repeat(64), exercise: false, releasesRequestId: "r1",
    };
    expect(say("containment.requested", requested)).toMatch(/requested the release \(undoing request r1\) of /);
    const finished = { ...base, requestId: "r2", automationExecutionId: "e1", status: "succeeded", failureMessage: null, attempt: 1, releasesRequestId: "r1" };
    expect(say("containment.finished", finished)).toMatch(/^The release \(of request r1\) of .* succeeded\.$/);
    expect(say("containment.finished", { ...finished, releasesRequestId: null })).not.toMatch(/release/);
  });
});
