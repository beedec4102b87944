import "server-only";
import { prisma } from "@/lib/db";
import { log } from "@/lib/log";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { failureWithPermissions } from "@/lib/containment/access-denied";
import { findAction } from "@/lib/containment/catalog";
import { directCallFor, isRunnableDirectCall } from "@/lib/containment/direct-calls";
import { recordExecutionProof } from "@/lib/containment/execution-record";
import { uploadPendingEvidenceSoon } from "@/lib/evidence/pending-uploads";
import { iamClientFor } from "@/lib/containment/iam-client";
import { cloudTrailClientFor } from "@/lib/containment/cloudtrail-client";
import { NoSimulatorError } from "@/lib/containment/ssm-client";
import { awsMessage, isRefusal, recordFailure, RUNNER_ACTOR, titleOf, type TClaim, type TRunnerOptions } from "@/lib/containment/start-claim";

// A direct API call (an action with no Automation runbook: IAM, CloudTrail) runs as one execution with one step: the call and AWS's
// answer. Exactly once per attempt rests on the same conditional claim as an automation (approved → starting, one
// claimant, a lease), and on the call itself being idempotent by nature (see direct-calls.ts), because there is no
// ClientToken: if a worker dies after IAM applied the call and before the record, the next claimant after the lease
// repeats the identical call, which changes nothing, and records it once (conditional on its claim token, and
// the unique (request, attempt) execution).


/** Direct when the catalog runs the action through an API call, or the request names a direct call (a key's reactivation). */
export function isDirectCall(claim: Pick<TClaim, "action_id" | "kind" | "runbook">): boolean {
  return isRunnableDirectCall(claim.runbook) || (claim.kind === "action" && findAction(claim.action_id)?.runbook.kind === "api");
}

export async function runDirectCall(claim: TClaim, options: TRunnerOptions): Promise<"started" | "interrupted" | "failed" | "retry"> {
  const call = directCallFor(claim.runbook, claim.parameters, claim.attempt_claimed_at);
  if (!call) {
    await recordFailure(claim, `Breachdesk cannot run ${claim.runbook} directly.`);
    return "failed";
  }
  const startedAt = new Date();
  let outcome: { status: "Success"; outputs: Record<string, string[]> } | { status: "Failed"; message: string };
  try {
    const target = { region: claim.region, roleArn: claim.role_arn, exercise: claim.exercise };
    const clients = { iam: () => (options.iamClient ?? iamClientFor)(target), cloudtrail: () => (options.cloudTrailClient ?? cloudTrailClientFor)(target) };
    outcome = { status: "Success", outputs: await call.send(clients, options.signal) };
  } catch (error) {
    if (options.signal?.aborted) return "interrupted";
    const message = awsMessage(error);
    if (error instanceof NoSimulatorError) {
      await recordFailure(claim, message);
      return "failed";
    }
    if (!isRefusal(error)) {
      // A throttle, a 5xx or a lost connection: IAM may or may not have applied it. The call is idempotent, so back to approved and call again.
      await prisma.containmentRequest.updateMany({ where: { id: claim.id, claimToken: claim.claimToken, status: "starting" }, data: { status: "approved", claimToken: null, failure: message } });
      log.warn("direct containment call failed; it will be repeated (the call is idempotent)", { requestId: claim.id, error: message });
      return "retry";
    }
    outcome = { status: "Failed", message: failureWithPermissions(error, message, claim.action_id) };
  }
  const endedAt = new Date();
  const recorded = await prisma.$transaction(async (tx) => {
    const ended = await tx.containmentRequest.updateMany({
      where: { id: claim.id, claimToken: claim.claimToken, status: "starting" },
      data: outcome.status === "Success" ? { status: "succeeded", failure: null } : { status: "failed", failure: outcome.message },
    });
    if (ended.count !== 1) return false; // a later claimant took over and records the same call
    const executionId = `direct-${claim.client_token}`;
    const failureMessage = outcome.status === "Failed" ? outcome.message : null;
    const outputs = outcome.status === "Success" ? outcome.outputs : {};
    const execution = await tx.containmentExecution.create({
      data: {
        requestId: claim.id, attempt: claim.attempt, clientToken: claim.client_token, requestHash: claim.request_hash, automationExecutionId: executionId,
        document: claim.runbook, status: outcome.status, failureMessage, startedAt, endedAt,
      },
    });
    await tx.containmentExecutionStep.create({
      data: {
        executionId: execution.id, stepExecutionId: `${executionId}-step-1`, stepName: call.stepName, action: claim.runbook, status: outcome.status,
        outputs, failureMessage, startedAt, endedAt,
      },
    });
    // The proof, as for an automation: the request's row is locked by the conditional update above.
    await recordExecutionProof(tx, { requestId: claim.id, executionId: execution.id });
    const title = titleOf(claim.action_id);
    const common = { requestId: claim.id, title, automationExecutionId: executionId };
    await appendTimelineEvent(tx, {
      incidentId: claim.incident_id, kind: "containment.started", actor: RUNNER_ACTOR,
      payload: { ...common, target: claim.target, runbook: claim.runbook, exercise: claim.exercise, attempt: claim.attempt, releasesRequestId: claim.releases_request_id },
    });
    await appendTimelineEvent(tx, {
      incidentId: claim.incident_id, kind: "containment.step", actor: RUNNER_ACTOR,
      payload: { ...common, stepName: call.stepName, status: outcome.status, outputs, failureMessage },
    });
    await appendTimelineEvent(tx, {
      incidentId: claim.incident_id, kind: "containment.finished", actor: RUNNER_ACTOR,
      payload: {
        ...common, target: claim.target, status: outcome.status === "Success" ? "succeeded" : "failed", failureMessage, attempt: claim.attempt,
        releasesRequestId: claim.releases_request_id,
      },
    });
    return true;
  });
  if (!recorded) return "retry";
  await uploadPendingEvidenceSoon();
  return outcome.status === "Success" ? "started" : "failed";
}
