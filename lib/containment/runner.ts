import "server-only";
import { randomUUID } from "node:crypto";
import { GetAutomationExecutionCommand, StartAutomationExecutionCommand, type StepExecution } from "@aws-sdk/client-ssm";
import { prisma } from "@/lib/db";
import { log } from "@/lib/log";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { failureWithPermissions } from "@/lib/containment/access-denied";
import { recordExecutionProof } from "@/lib/containment/execution-record";
import { uploadPendingEvidenceSoon } from "@/lib/evidence/pending-uploads";
import { stillApprovedBeforeStart } from "@/lib/containment/start-recheck";
import { NoSimulatorError, ssmClientFor } from "@/lib/containment/ssm-client";
import { isDirectCall, runDirectCall } from "@/lib/containment/direct-executor";
import { awsMessage, isRefusal, recordFailure, RUNNER_ACTOR, titleOf, type TClaim, type TRunnerOptions } from "@/lib/containment/start-claim";

// Exactly once, in three moves, none of them holding a transaction while AWS is called:
//
//   claim    approved → starting, with a claim token and (the first time) the SSM ClientToken: a conditional update,
//            so of any number of workers one claims; a claim not finished within the lease may be taken over
//   start    StartAutomationExecution with that ClientToken, outside any transaction: if the worker died after AWS
//            started it, the next claimant's call answers the same execution (SSM's idempotency), never a second one
//   record   starting → running with the execution id, conditional on the claim token
//
// Exactly once is per attempt: a retry (lib/containment/retry.ts) clears the ClientToken and bumps the attempt, so the
// next claim draws a new token and SSM starts a new execution; (request, attempt) is unique on containment_executions.
// Actions run by a direct API call take the same claim and then lib/containment/direct-executor.ts.
//
// Following is one GetAutomationExecution per pass, its news recorded under the request's row lock, each step status
// once (a unique key), so two followers never tell the timeline the same step twice.

export const CONTAINMENT_START_LEASE_MS = 2 * 60 * 1000;
const TERMINAL = new Set(["Success", "Failed", "TimedOut", "Cancelled", "CompletedWithSuccess", "CompletedWithFailure", "Rejected"]);
const SUCCEEDED = new Set(["Success", "CompletedWithSuccess"]);

// The ClientToken and the attempt's first claim time are fixed per attempt (a retry clears both, so it starts anew).
async function claimForStart(requestId: string, leaseMs: number): Promise<TClaim | null> {
  const claimToken = randomUUID();
  const rows = await prisma.$queryRaw<Omit<TClaim, "claimToken">[]>`
    UPDATE containment_requests
       SET status = 'starting', claim_token = ${claimToken}::uuid, claimed_at = now(), start_attempts = start_attempts + 1,
           client_token = COALESCE(client_token, gen_random_uuid()), attempt_claimed_at = COALESCE(attempt_claimed_at, now()), updated_at = now()
     WHERE id = ${requestId}::uuid
       AND (status = 'approved' OR (status = 'starting' AND claimed_at < now() - make_interval(secs => ${leaseMs / 1000})))
    RETURNING id::text, incident_id::text, runbook, parameters, region, role_arn, exercise, client_token::text, action_id, target, request_hash,
              kind, releases_request_id::text, attempt, attempt_claimed_at`;
  return rows[0] ? { ...rows[0], claimToken } : null;
}

/**
 * Starts one approved request, at most once whatever the number of workers or restarts. Returns what happened:
 * "not-claimed" when another worker has it (or it is not approved), "interrupted" when the signal stopped the call
 * (the claim stays until its lease ends, then the start is retried with the same ClientToken).
 */
export async function startApprovedRequest(requestId: string, options: TRunnerOptions = {}): Promise<"started" | "not-claimed" | "interrupted" | "failed" | "retry"> {
  const claim = await claimForStart(requestId, options.leaseMs ?? CONTAINMENT_START_LEASE_MS);
  if (!claim) return "not-claimed";
  if (!(await stillApprovedBeforeStart(claim))) return "not-claimed";
  if (isDirectCall(claim)) return runDirectCall(claim, options);
  const target = { region: claim.region, roleArn: claim.role_arn, exercise: claim.exercise };
  let executionId: string;
  try {
    const client = (options.client ?? ssmClientFor)(target);
    const parameters = Object.fromEntries(Object.entries(claim.parameters).map(([name, value]) => [name, [value]]));
    const started = await client.send(
      new StartAutomationExecutionCommand({ DocumentName: claim.runbook, Parameters: parameters, ClientToken: claim.client_token }),
      { abortSignal: options.signal },
    );
    if (!started.AutomationExecutionId) throw new Error("SSM answered without an automation execution id.");
    executionId = started.AutomationExecutionId;
  } catch (error) {
    if (options.signal?.aborted) return "interrupted";
    const message = awsMessage(error);
    if (isRefusal(error) || error instanceof NoSimulatorError) {
      await recordFailure(claim, failureWithPermissions(error, message, claim.action_id));
      return "failed";
    }
    // A throttle, a 5xx or a broken connection: AWS may or may not have started it. Back to approved, keeping the ClientToken, so the
    // next attempt is the same start.
    await prisma.containmentRequest.updateMany({ where: { id: claim.id, claimToken: claim.claimToken, status: "starting" }, data: { status: "approved", claimToken: null, failure: message } });
    log.warn("containment start failed; it will be retried with the same client token", { requestId, error: message });
    return "retry";
  }
  await prisma.$transaction(async (tx) => {
    const running = await tx.containmentRequest.updateMany({ where: { id: claim.id, claimToken: claim.claimToken, status: "starting" }, data: { status: "running", failure: null } });
    if (running.count !== 1) return; // a later claimant took over and records the same execution
    await tx.containmentExecution.create({
      data: {
        requestId: claim.id, attempt: claim.attempt, clientToken: claim.client_token, requestHash: claim.request_hash, automationExecutionId: executionId,
        document: claim.runbook, status: "InProgress", startedAt: new Date(),
      },
    });
    await appendTimelineEvent(tx, {
      incidentId: claim.incident_id, kind: "containment.started", actor: RUNNER_ACTOR,
      payload: {
        requestId: claim.id, title: titleOf(claim.action_id), target: claim.target, runbook: claim.runbook, automationExecutionId: executionId, exercise: claim.exercise,
        attempt: claim.attempt, releasesRequestId: claim.releases_request_id,
      },
    });
  });
  return "started";
}

const stepOutputs = (step: StepExecution): Record<string, string[]> => Object.fromEntries(Object.entries(step.Outputs ?? {}).map(([k, v]) => [k.slice(0, 200), (v ?? []).map((x) => x.slice(0, 2_000))]));

/** One look at a running request's automation: new step statuses and the end go on the record. Returns whether it ended. */
export async function followExecution(requestId: string, options: TRunnerOptions = {}): Promise<boolean> {
  const found = await prisma.containmentRequest.findFirst({ where: { id: requestId, status: "running" } });
  // The current attempt's execution: earlier attempts ended before their retry was allowed.
  const request = found && { ...found, executions: await prisma.containmentExecution.findMany({ where: { requestId, attempt: found.attempt } }) };
  const execution = request?.executions[0];
  if (!request || !execution) return true;
  const client = (options.client ?? ssmClientFor)({ region: request.region, roleArn: request.roleArn, exercise: request.exercise });
  const answer = await client.send(new GetAutomationExecutionCommand({ AutomationExecutionId: execution.automationExecutionId }), { abortSignal: options.signal });
  const automation = answer.AutomationExecution;
  if (!automation) return false;
  const status = automation.AutomationExecutionStatus ?? "InProgress";
  const title = titleOf(request.actionId);
  const ended = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM containment_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    const seen = new Set((await tx.containmentExecutionStep.findMany({ where: { executionId: execution.id }, select: { stepExecutionId: true, status: true } })).map((s) => `${s.stepExecutionId}\u0000${s.status}`));
    for (const step of automation.StepExecutions ?? []) {
      const stepStatus = step.StepStatus ?? "Pending";
      const key = `${step.StepExecutionId}\u0000${stepStatus}`;
      if (stepStatus === "Pending" || !step.StepExecutionId || seen.has(key)) continue;
      const outputs = stepOutputs(step);
      const failureMessage = step.FailureMessage?.slice(0, 2_000) ?? null;
      await tx.containmentExecutionStep.create({
        data: {
          executionId: execution.id, stepExecutionId: step.StepExecutionId, stepName: step.StepName ?? "step", action: step.Action ?? "", status: stepStatus, outputs, failureMessage,
          startedAt: step.ExecutionStartTime ?? null, endedAt: step.ExecutionEndTime ?? null,
        },
      });
      await appendTimelineEvent(tx, {
        incidentId: request.incidentId, kind: "containment.step", actor: RUNNER_ACTOR,
        payload: { requestId, title, automationExecutionId: execution.automationExecutionId, stepName: step.StepName ?? "step", status: stepStatus, outputs, failureMessage },
      });
    }
    if (!TERMINAL.has(status)) return false;
    const outcome = SUCCEEDED.has(status) ? "succeeded" : "failed";
    const failureMessage = automation.FailureMessage?.slice(0, 2_000) ?? null;
    const ended = await tx.containmentRequest.updateMany({ where: { id: requestId, status: "running" }, data: { status: outcome, failure: failureMessage } });
    if (ended.count !== 1) return true;
    await tx.containmentExecution.update({ where: { id: execution.id }, data: { status, failureMessage, endedAt: automation.ExecutionEndTime ?? new Date() } });
    await appendTimelineEvent(tx, {
      incidentId: request.incidentId, kind: "containment.finished", actor: RUNNER_ACTOR,
      payload: {
        requestId, title, target: request.target, automationExecutionId: execution.automationExecutionId, status: outcome, failureMessage,
        attempt: request.attempt, releasesRequestId: request.releasesRequestId,
      },
    });
    await recordExecutionProof(tx, { requestId, executionId: execution.id });
    return true;
  });
  // The execution's record was committed with its end; its bytes go to the evidence store now, outside the transaction.
  if (ended) await uploadPendingEvidenceSoon();
  return ended;
}

/** One pass over every request with work: approved (or abandoned) starts, then running ones followed once each. */
export async function runContainmentPass(options: TRunnerOptions = {}): Promise<void> {
  const leaseMs = options.leaseMs ?? CONTAINMENT_START_LEASE_MS;
  const due = await prisma.containmentRequest.findMany({
    where: { OR: [{ status: "approved" }, { status: "starting", claimedAt: { lt: new Date(Date.now() - leaseMs) } }] },
    select: { id: true }, orderBy: { updatedAt: "asc" }, take: 50,
  });
  for (const { id } of due) {
    if (options.signal?.aborted) return;
    await startApprovedRequest(id, options).catch((error: unknown) => log.error("containment start failed", { requestId: id, error: awsMessage(error) }));
  }
  const running = await prisma.containmentRequest.findMany({ where: { status: "running" }, select: { id: true }, orderBy: { updatedAt: "asc" }, take: 50 });
  for (const { id } of running) {
    if (options.signal?.aborted) return;
    await followExecution(id, options).catch((error: unknown) => log.warn("could not follow a containment execution", { requestId: id, error: awsMessage(error) }));
  }
}

/** The worker's loop: a pass every few seconds until stopped. Safe in any number of processes (the claims decide). */
export function startContainmentWorker(options: { intervalMs?: number } = {}): { stop(): Promise<void> } {
  const controller = new AbortController();
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    current = runContainmentPass({ signal: controller.signal })
      .catch((error: unknown) => log.error("containment pass failed", { error: awsMessage(error) }))
      .finally(() => {
        if (!controller.signal.aborted) timer = setTimeout(tick, options.intervalMs ?? 5_000);
      });
  };
  tick();
  return {
    async stop() {
      controller.abort();
      clearTimeout(timer);
      await current;
    },
  };
}
