import "server-only";
// Above lib/integrations and lib/webhooks (it reuses the webhooks' backoff schedule; lib/integrations sits under the timeline).
import { prisma } from "@/lib/db";
import { claimDueRows, startPassLoop } from "@/lib/db/leased-queue";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { nextRetryDelayMs } from "@/lib/webhooks/backoff";
import { openConnectionSecret } from "@/lib/integrations/connection-secrets";
import type { TClaimedMessage, TConnection, TDeliveryOutcome } from "@/lib/integrations/connector-types";
import { CONNECTORS, TICKET_KINDS } from "@/lib/integrations/connectors";
import { recordIncidentChannel, withIncidentChannel } from "@/lib/integration-delivery/incident-channel";

/** Per attempt: the service has this long to answer (a ticket creation is two calls, each with this timeout). */
export const MESSAGE_TIMEOUT_MS = 10_000;
/** A claim outlives any attempt; a worker that died mid-attempt frees its claim when the lease ends. */
export const MESSAGE_LEASE_MS = 60_000;

/** Claims due messages with the webhook deliveries' lease discipline (lib/db/leased-queue.ts). */
export async function claimDueMessages(now: Date, limit: number, leaseMs = MESSAGE_LEASE_MS): Promise<TClaimedMessage[]> {
  return claimDueRows<TClaimedMessage>(
    "integration_messages",
    Prisma.sql`q.id, q.connection_id::text AS "connectionId", q.incident_id::text AS "incidentId", q.operation, q.payload,
               q.retry_step AS "retryStep", q.claim_token::text AS "claimToken"`,
    now,
    limit,
    leaseMs,
  );
}

/** One attempt through the connection's connector. Never throws. */
export async function attemptMessage(claimed: TClaimedMessage, timeoutMs = MESSAGE_TIMEOUT_MS): Promise<TDeliveryOutcome & { latencyMs: number }> {
  const started = performance.now();
  try {
    const row = await prisma.integrationConnection.findUniqueOrThrow({ where: { id: claimed.connectionId }, select: { id: true, kind: true, name: true, config: true, secret: true } });
    const connector = CONNECTORS[row.kind];
    if (!connector) throw new Error(`no connector for ${row.kind}`);
    const connection: TConnection = { id: row.id, kind: row.kind, name: row.name, config: (row.config ?? {}) as Record<string, unknown> };
    const outcome = await connector.deliver(await withIncidentChannel(claimed), connection, row.secret ? openConnectionSecret(row.secret) : "", timeoutMs);
    return { ...outcome, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, statusCode: null, error: (error instanceof Error ? error.message : String(error)).slice(0, 300), latencyMs: Math.round(performance.now() - started) };
  }
}

/** What a delivered ticket changes on its task: the key and link, once (the pair is unique per connection). */
async function applyTicketResult(tx: Prisma.TransactionClient, claimed: TClaimedMessage, result: Record<string, unknown>): Promise<void> {
  if (!(Object.values(TICKET_KINDS) as string[]).includes(claimed.operation)) return;
  await tx.$executeRaw`
    UPDATE tasks SET ticket_key = ${String(result.key)}, ticket_url = ${String(result.url)}
     WHERE id = ${String(claimed.payload.taskId)}::uuid AND ticket_connection_id = ${claimed.connectionId}::uuid AND ticket_key IS NULL`;
}

/** Records an attempt and, while our claim holds, its consequence, in one transaction (as webhook deliveries do). */
export async function recordMessageAttempt(claimed: TClaimedMessage, outcome: TDeliveryOutcome & { latencyMs: number }, now: Date): Promise<"delivered" | "retry" | "failed" | "lost-claim"> {
  const delay = outcome.ok ? null : nextRetryDelayMs(claimed.retryStep + 1);
  const status = outcome.ok ? "delivered" : delay === null ? "failed" : "pending";
  const nextAttemptAt = new Date(now.getTime() + (delay ?? 0));
  return prisma.$transaction(async (tx) => {
    await tx.integrationAttempt.create({ data: { messageId: claimed.id, statusCode: outcome.statusCode ?? null, latencyMs: outcome.latencyMs, error: outcome.ok ? null : (outcome.error ?? "failed") } });
    const result = outcome.ok && outcome.result ? JSON.stringify(outcome.result) : null;
    const updated = await tx.$executeRaw`
      UPDATE integration_messages
         SET status = ${status}, retry_step = retry_step + 1, next_attempt_at = ${nextAttemptAt},
             delivered_at = ${outcome.ok ? new Date() : null}, result = COALESCE(${result}::jsonb, result),
             claim_token = NULL, claimed_until = NULL
       WHERE id = ${claimed.id} AND claim_token = ${claimed.claimToken}::uuid`;
    await tx.integrationConnection.update({
      where: { id: claimed.connectionId },
      data: outcome.ok ? { lastSuccessAt: new Date() } : { lastErrorAt: new Date(), lastError: outcome.error ?? "failed" },
    });
    if (updated === 0) return "lost-claim";
    if (outcome.ok && outcome.result) {
      await applyTicketResult(tx, claimed, outcome.result);
      await recordIncidentChannel(tx, claimed, outcome.result);
    }
    return outcome.ok ? "delivered" : delay === null ? "failed" : "retry";
  });
}

export type TMessagePassResult = { attempted: number; delivered: number; failed: number };

/** One pass: claim what is due, attempt each (in parallel, outside any transaction), record each. */
export async function runIntegrationPass(options: { now?: Date; limit?: number; timeoutMs?: number } = {}): Promise<TMessagePassResult> {
  const now = options.now ?? new Date();
  const claimed = await claimDueMessages(now, options.limit ?? 20);
  const results = await Promise.all(
    claimed.map(async (message) => {
      const outcome = await attemptMessage(message, options.timeoutMs);
      const recorded = await recordMessageAttempt(message, outcome, options.now ?? new Date());
      if (recorded !== "delivered") log.info("integration attempt failed", { messageId: message.id, operation: message.operation, status: outcome.statusCode, error: outcome.error, next: recorded });
      return recorded;
    }),
  );
  return { attempted: claimed.length, delivered: results.filter((r) => r === "delivered").length, failed: results.filter((r) => r === "failed").length };
}

/** The worker loop: a pass every `intervalMs` until stopped. */
export function startIntegrationWorker(options: { intervalMs?: number } = {}): { stop(): Promise<void> } {
  return startPassLoop("integration", () => runIntegrationPass(), options.intervalMs);
}
