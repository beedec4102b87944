import "server-only";
import type { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import type { IAMClient } from "@aws-sdk/client-iam";
import type { SSMClient } from "@aws-sdk/client-ssm";
import { prisma } from "@/lib/db";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";
import { findAction } from "@/lib/containment/catalog";
import { recordExecutionProof } from "@/lib/containment/execution-record";
import type { TRunTarget } from "@/lib/containment/ssm-client";
import { uploadPendingEvidenceSoon } from "@/lib/evidence/pending-uploads";

/**
 * A claimed start of an approved containment request: what the SSM runner (lib/containment/runner.ts) and the
 * direct-call executor (lib/containment/direct-executor.ts) both work from, and how either records a failed start.
 */

export const RUNNER_ACTOR: TTimelineActor = { kind: "system", name: "Containment runner" };

export type TRunnerOptions = {
  leaseMs?: number;
  signal?: AbortSignal;
  /** The SSM client for a request (tests may pass their own; the default is ssmClientFor). */
  client?: (target: TRunTarget) => SSMClient;
  /** The IAM client for a direct-API action (the default is iamClientFor). */
  iamClient?: (target: TRunTarget) => IAMClient;
  /** The CloudTrail client for a direct-API action (the default is cloudTrailClientFor). */
  cloudTrailClient?: (target: TRunTarget) => CloudTrailClient;
};

export type TClaim = {
  id: string; incident_id: string; runbook: string; parameters: Record<string, string>; region: string; role_arn: string; exercise: boolean; client_token: string;
  action_id: string; target: string; request_hash: string; kind: string; releases_request_id: string | null; attempt: number; attempt_claimed_at: Date;
  claimToken: string;
};

export const titleOf = (actionId: string) => findAction(actionId)?.title ?? actionId;
export const awsMessage = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2_000);
/** AWS refused the call itself (a 4xx: bad parameters, AccessDenied, unknown document): retrying will not help. */
export const isRefusal = (error: unknown) => {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return typeof status === "number" && status >= 400 && status < 500 && status !== 429;
};

export async function recordFailure(claim: TClaim, message: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const failed = await tx.containmentRequest.updateMany({ where: { id: claim.id, claimToken: claim.claimToken, status: "starting" }, data: { status: "failed", failure: message } });
    if (failed.count !== 1) return;
    await appendTimelineEvent(tx, {
      incidentId: claim.incident_id, kind: "containment.finished", actor: RUNNER_ACTOR,
      payload: {
        requestId: claim.id, title: titleOf(claim.action_id), target: claim.target, automationExecutionId: null, status: "failed", failureMessage: message,
        attempt: claim.attempt, releasesRequestId: claim.releases_request_id,
      },
    });
    await recordExecutionProof(tx, { requestId: claim.id, startClaimToken: claim.claimToken, failureMessage: message });
  });
  await uploadPendingEvidenceSoon();
}
