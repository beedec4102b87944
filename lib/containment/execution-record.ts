import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalJson } from "@/lib/hashing/canonical-json";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import type { TSystemActor } from "@/lib/timeline/append";
import { findAction } from "@/lib/containment/catalog";

// The proof of a containment execution: when it ends, its full record — what was requested, who approved exactly which
// hash, what AWS ran and reported step by step, and when — becomes an evidence item (canonical JSON, its SHA-256, a
// custody entry saying the system collected it), in the transaction that records the end. One item per execution:
// the caller holds the request's row lock, and containment_execution_records is unique on the execution (or, for a
// start AWS refused, on that claim), so two followers racing to record the same end register it once.

export const EXECUTION_RECORD_FORMAT = "breachdesk-containment-execution/1";
const COLLECTOR: TSystemActor = { kind: "system", name: "Containment runner" };
const SUCCEEDED = new Set(["Success", "CompletedWithSuccess"]);

type TTx = Prisma.TransactionClient;

/** Which end to record: an execution AWS ran, or a start AWS refused (there is no execution; the claim is the key). */
export type TExecutionEnd = { requestId: string } & ({ executionId: string; startClaimToken?: undefined } | { startClaimToken: string; failureMessage: string; executionId?: undefined });

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : null);
/** An evidence name from AWS's id: only the characters a file name needs (the id is AWS's text, not ours). */
const nameSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 120);

/** The record as stored: plain JSON values only, so its canonical form (RFC 8785) is its one byte sequence. */
async function buildRecord(tx: TTx, end: TExecutionEnd, recordedAt: Date) {
  const request = await tx.containmentRequest.findUniqueOrThrow({ where: { id: end.requestId }, include: { approvals: { orderBy: { createdAt: "asc" } } } });
  const execution = end.executionId
    ? await tx.containmentExecution.findUniqueOrThrow({ where: { id: end.executionId }, include: { steps: { orderBy: { observedAt: "asc" } } } })
    : null;
  const hashRun = execution?.requestHash ?? request.requestHash;
  const outcome: "succeeded" | "failed" = execution && SUCCEEDED.has(execution.status) ? "succeeded" : "failed";
  const title = findAction(request.actionId)?.title ?? request.actionId;
  const record = {
    format: EXECUTION_RECORD_FORMAT,
    incidentId: request.incidentId,
    collectedBy: { kind: "system", name: COLLECTOR.name },
    recordedAt: iso(recordedAt),
    outcome,
    request: {
      id: request.id,
      actionId: request.actionId,
      actionVersion: request.actionVersion,
      title,
      target: request.target,
      accountId: request.accountId,
      region: request.region,
      roleArn: request.roleArn,
      runbook: request.runbook,
      parameters: request.parameters,
      dryRun: request.dryRun,
      exercise: request.exercise,
      requestHash: hashRun,
      kind: request.kind,
      releasesRequestId: request.releasesRequestId,
      requestedBy: { userId: request.requestedById, tokenId: request.requestedByTokenId, label: request.requestedByLabel },
      requestedAt: iso(request.createdAt),
    },
    approvals: request.approvals.map((approval) => ({
      approverId: approval.approverId,
      approverLabel: approval.approverLabel,
      role: approval.role,
      requestHash: approval.requestHash,
      approvedAt: iso(approval.createdAt),
      voidedAt: iso(approval.voidedAt),
      voidedReason: approval.voidedReason,
      /** Whether it approved exactly what ran: not voided, and of the hash the execution ran under. */
      counted: approval.voidedAt === null && approval.requestHash === hashRun,
    })),
    execution: execution
      ? {
          id: execution.id,
          attempt: execution.attempt,
          clientToken: execution.clientToken,
          automationExecutionId: execution.automationExecutionId,
          document: execution.document,
          status: execution.status,
          failureMessage: execution.failureMessage,
          startedAt: iso(execution.startedAt),
          endedAt: iso(execution.endedAt),
        }
      : null,
    startRefused: end.startClaimToken ? { claimToken: end.startClaimToken, failureMessage: end.failureMessage, at: iso(recordedAt) } : null,
    steps: (execution?.steps ?? []).map((step) => ({
      stepExecutionId: step.stepExecutionId,
      stepName: step.stepName,
      action: step.action,
      status: step.status,
      outputs: step.outputs,
      failureMessage: step.failureMessage,
      startedAt: iso(step.startedAt),
      endedAt: iso(step.endedAt),
      observedAt: iso(step.observedAt),
    })),
  };
  return { record, request, execution, outcome, title };
}

/**
 * Registers the ended execution's full record as evidence, once. Call it inside the transaction that records the end,
 * holding the request's row lock; a second call for the same end returns the first record.
 */
export async function recordExecutionProof(tx: TTx, end: TExecutionEnd, now = new Date()) {
  const key = end.executionId ? { executionId: end.executionId } : { startClaimToken: end.startClaimToken };
  const existing = await tx.containmentExecutionRecord.findFirst({ where: key });
  if (existing) return existing;
  const { record, request, execution, outcome, title } = await buildRecord(tx, end, now);
  const bytes = new TextEncoder().encode(canonicalJson(record));
  const what = !execution
    ? `the start of ${request.runbook}, which AWS refused`
    : execution.automationExecutionId.startsWith("direct-")
      ? `the direct API call ${execution.document} (${execution.automationExecutionId})`
      : `SSM Automation execution ${execution.automationExecutionId}`;
  const { evidence } = await registerEvidenceFromBuffer(
    {
      incidentId: request.incidentId,
      name: `containment-${request.actionId}-${nameSafe(execution?.automationExecutionId ?? `start-refused-${end.startClaimToken}`)}.json`,
      bytes,
      actor: COLLECTOR,
      mediaType: "application/json",
      description: `${title} on ${request.target}: ${outcome}. The full record of ${what}: request, approvals with their hashes, steps and timings.`,
      reason:
        `Collected by the system, not by a person: the containment runner recorded ${what} when it ended ` +
        "(canonical JSON, RFC 8785), in the same transaction that recorded its end.",
    },
    tx,
  );
  return tx.containmentExecutionRecord.create({
    data: { requestId: request.id, executionId: execution?.id ?? null, startClaimToken: end.startClaimToken ?? null, evidenceId: evidence.id, sha256: evidence.sha256!, outcome },
  });
}

export type TExecutionProof = { requestId: string; executionId: string | null; evidenceId: string; name: string; sha256: string; outcome: string; recordedAt: Date };

/** The proofs recorded for these requests (each execution's, and each refused start's), with their evidence names. */
export async function findExecutionProofs(db: TDbClient, requestIds: readonly string[]): Promise<TExecutionProof[]> {
  const records = await db.containmentExecutionRecord.findMany({ where: { requestId: { in: [...requestIds] } }, orderBy: { createdAt: "asc" } });
  const items = await db.evidence.findMany({ where: { id: { in: records.map((r) => r.evidenceId) } }, select: { id: true, name: true } });
  const names = new Map(items.map((item) => [item.id, item.name]));
  return records.map((r) => ({ requestId: r.requestId, executionId: r.executionId, evidenceId: r.evidenceId, name: names.get(r.evidenceId) ?? "", sha256: r.sha256, outcome: r.outcome, recordedAt: r.createdAt }));
}

/** The incident's containment proofs, for anyone who may see its containment (404 for an incident they may not see). */
export async function getContainmentProofs(actor: TActor, incidentId: string): Promise<TExecutionProof[]> {
  assertCan(actor, "containment.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const requests = await prisma.containmentRequest.findMany({ where: { incidentId }, select: { id: true } });
  return findExecutionProofs(prisma, requests.map((r) => r.id));
}
