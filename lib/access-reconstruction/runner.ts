import "server-only";
import { randomUUID } from "node:crypto";
import type { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { uploadPendingEvidenceSoon } from "@/lib/evidence/pending-uploads";
import { log } from "@/lib/log";
import { appendTimelineEvent, type TSystemActor } from "@/lib/timeline/append";
import { cloudTrailClientFor, type TCloudTrailTarget } from "@/lib/access-reconstruction/cloudtrail-client";
import { collectFromCloudTrail } from "@/lib/access-reconstruction/collect";
import { findingsForScoping } from "@/lib/access-reconstruction/queries";
import { buildResult } from "@/lib/access-reconstruction/result";
import type { TScopingParameters } from "@/lib/access-reconstruction/types";

// A reconstruction runs in three moves, none holding a transaction while CloudTrail is asked:
//   claim    queued → running with a claim token (a conditional update: of any number of workers one claims; a claim
//            not finished within the lease is taken over — the calls only read, so repeating them is harmless)
//   collect  LookupEvents, the Lake query, trails' status and selectors, outside any transaction
//   record   in one transaction, conditional on the claim token: the evidence item (query, parameters, full answers),
//            the result, running → succeeded, and the timeline event

export const SCOPING_LEASE_MS = 15 * 60 * 1000;
const MAX_ATTEMPTS = 3;
const ACTOR: TSystemActor = { kind: "system", name: "Scoping runner" };

export type TScopingRunnerOptions = {
  leaseMs?: number;
  signal?: AbortSignal;
  pollMs?: number;
  client?: (target: TCloudTrailTarget) => CloudTrailClient;
  now?: () => Date;
};

type TClaim = { id: string; incident_id: string; parameters: TScopingParameters; region: string; role_arn: string; lake_query: string | null; attempts: number; requested_by_label: string };

async function claim(runId: string, leaseMs: number): Promise<(TClaim & { claimToken: string }) | null> {
  const claimToken = randomUUID();
  const rows = await prisma.$queryRaw<TClaim[]>`
    UPDATE scoping_runs
       SET status = 'running', claim_token = ${claimToken}::uuid, claimed_at = now(), attempts = attempts + 1, updated_at = now()
     WHERE id = ${runId}::uuid
       AND (status = 'queued' OR (status = 'running' AND claimed_at < now() - make_interval(secs => ${leaseMs / 1000})))
    RETURNING id::text, incident_id::text, parameters, region, role_arn, lake_query, attempts, requested_by_label`;
  return rows[0] ? { ...rows[0], claimToken } : null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2_000);
/** CloudTrail refused the call itself (AccessDenied, a bad query, an unknown event data store): retrying will not help. */
const isRefusal = (error: unknown) => {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return typeof status === "number" && status >= 400 && status < 500 && status !== 429;
};

async function fail(run: TClaim & { claimToken: string }, failure: string, final: boolean) {
  await prisma.$transaction(async (tx) => {
    const updated = await tx.scopingRun.updateMany({
      where: { id: run.id, claimToken: run.claimToken, status: "running" },
      data: final ? { status: "failed", failure, finishedAt: new Date() } : { status: "queued", claimToken: null, failure },
    });
    if (updated.count !== 1 || !final) return;
    await appendTimelineEvent(tx, {
      incidentId: run.incident_id, kind: "scoping.finished", actor: ACTOR,
      payload: { runId: run.id, status: "failed", storesTouched: 0, gaps: [], evidenceId: null, sha256: null, failure },
    });
  });
}

/** Runs one queued reconstruction (or one whose worker died). Returns what happened. */
export async function executeScopingRun(runId: string, options: TScopingRunnerOptions = {}): Promise<"succeeded" | "failed" | "retry" | "not-claimed" | "interrupted"> {
  const run = await claim(runId, options.leaseMs ?? SCOPING_LEASE_MS);
  if (!run) return "not-claimed";
  const parameters = run.parameters;
  let document: Record<string, unknown>;
  let result: ReturnType<typeof buildResult>;
  try {
    const client = (options.client ?? cloudTrailClientFor)({ region: run.region, roleArn: run.role_arn });
    const answers = await collectFromCloudTrail(client, parameters, run.lake_query, { signal: options.signal, pollMs: options.pollMs });
    const context = await findingsForScoping(prisma, run.incident_id);
    const now = (options.now ?? (() => new Date()))().toISOString();
    result = buildResult(parameters, answers, { findings: context.forCoverage, findingStores: context.stores, now });
    document = {
      kind: "breachdesk.cloudtrail-access-reconstruction",
      version: 1,
      runId: run.id,
      incidentId: run.incident_id,
      requestedBy: run.requested_by_label,
      collectedAt: now,
      parameters,
      role: run.role_arn || null,
      queries: {
        lookupEvents: {
          window: { start: parameters.start, end: parameters.end },
          lookupAttributes: [...parameters.accessKeyIds.map((v) => ({ AttributeKey: "AccessKeyId", AttributeValue: v })), ...parameters.principals.map((v) => ({ AttributeKey: "Username", AttributeValue: v }))],
        },
        lake: run.lake_query ? { statement: run.lake_query, queryId: answers.lakeQueryId } : null,
        trails: ["DescribeTrails", "GetTrailStatus", "GetEventSelectors"],
      },
      answers: { managementEvents: answers.managementEvents, lakeRows: answers.lakeRows, trails: answers.trails },
      result,
    };
  } catch (error) {
    if (options.signal?.aborted) return "interrupted";
    const final = isRefusal(error) || run.attempts >= MAX_ATTEMPTS;
    await fail(run, message(error), final);
    if (!final) log.warn("a CloudTrail reconstruction failed; it will be retried", { runId, error: message(error) });
    return final ? "failed" : "retry";
  }
  const bytes = Buffer.from(JSON.stringify(document, null, 2), "utf8");
  try {
    return await record(run, parameters, result, bytes);
  } catch (error) {
    // The register refused the item (over the evidence size limit) or the database failed: said on the run, not retried
    // forever. Without its evidence item a result is not shown.
    await fail(run, `The result could not be recorded: ${message(error)}`, true);
    return "failed";
  }
}

async function record(run: TClaim & { claimToken: string }, parameters: TScopingParameters, result: ReturnType<typeof buildResult>, bytes: Buffer) {
  const outcome = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT id FROM scoping_runs WHERE id = ${run.id}::uuid FOR UPDATE`;
    const still = await tx.scopingRun.findFirst({ where: { id: run.id, claimToken: run.claimToken, status: "running" }, select: { id: true } });
    if (!still) return "not-claimed" as const; // a later claimant took over and records its own answers
    const { evidence } = await registerEvidenceFromBuffer(
      {
        incidentId: run.incident_id, actor: ACTOR, bytes, mediaType: "application/json",
        name: `cloudtrail-access-reconstruction-${run.id}.json`,
        description: `CloudTrail access reconstruction ${parameters.start} – ${parameters.end} (${parameters.region}): the queries, their parameters and CloudTrail's full answers.`,
        reason: "Scoping: the CloudTrail queries of an access reconstruction and their full result, as collected.",
      },
      tx,
    );
    await tx.scopingRun.update({
      where: { id: run.id },
      data: { status: "succeeded", result: result as unknown as Prisma.InputJsonValue, evidenceId: evidence.id, resultSha256: evidence.sha256, failure: null, finishedAt: new Date() },
    });
    await appendTimelineEvent(tx, {
      incidentId: run.incident_id, kind: "scoping.finished", actor: ACTOR,
      payload: { runId: run.id, status: "succeeded", storesTouched: result.stores.length, gaps: result.gaps, evidenceId: evidence.id, sha256: evidence.sha256, failure: null },
    });
    return "succeeded" as const;
  }, { timeout: 60_000, maxWait: 15_000 });
  // The evidence bytes committed with the result go to the evidence store now, outside the transaction.
  if (outcome === "succeeded") await uploadPendingEvidenceSoon();
  return outcome;
}

/** One pass: every queued run, and runs whose worker died (claim older than the lease). */
export async function runScopingPass(options: TScopingRunnerOptions = {}): Promise<void> {
  const leaseMs = options.leaseMs ?? SCOPING_LEASE_MS;
  const due = await prisma.scopingRun.findMany({
    where: { OR: [{ status: "queued" }, { status: "running", claimedAt: { lt: new Date(Date.now() - leaseMs) } }] },
    select: { id: true }, orderBy: { createdAt: "asc" }, take: 10,
  });
  for (const { id } of due) {
    if (options.signal?.aborted) return;
    await executeScopingRun(id, options).catch((error: unknown) => log.error("a CloudTrail reconstruction failed", { runId: id, error: message(error) }));
  }
}

/** The worker's loop: a pass every few seconds until stopped. Safe in any number of processes (the claims decide). */
export function startScopingWorker(options: { intervalMs?: number } = {}): { stop(): Promise<void> } {
  const controller = new AbortController();
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    current = runScopingPass({ signal: controller.signal })
      .catch((error: unknown) => log.error("scoping pass failed", { error: message(error) }))
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
