import "server-only";
import { openConnectionSecret } from "@/lib/integrations/connection-secrets";
import { outboundFetch } from "@/lib/integrations/outbound-address";
import { prisma } from "@/lib/db";
import { claimDueRows, startPassLoop } from "@/lib/db/leased-queue";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { nextRetryDelayMs } from "@/lib/webhooks/backoff";
import { signatureHeader } from "@/lib/webhooks/signature";

/** Per attempt: the receiver has this long to answer. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** A claim outlives any attempt (timeout well under it); a worker that died mid-attempt frees its claim after it. */
export const CLAIM_LEASE_MS = 60_000;

export type TClaimedDelivery = { id: string; subscriptionId: string; body: string; retryStep: number; claimToken: string };

export type TPassOptions = {
  /** The scheduling clock (which deliveries are due, when the next attempt is): injectable so tests need not wait. */
  now?: Date;
  limit?: number;
  timeoutMs?: number;
};

/** Claims due deliveries with the shared lease discipline (lib/db/leased-queue.ts). */
export async function claimDueDeliveries(now: Date, limit: number, leaseMs = CLAIM_LEASE_MS): Promise<TClaimedDelivery[]> {
  return claimDueRows<TClaimedDelivery>(
    "webhook_deliveries",
    Prisma.sql`q.id, q.subscription_id AS "subscriptionId", q.body, q.retry_step AS "retryStep", q.claim_token::text AS "claimToken"`,
    now,
    limit,
    leaseMs,
  );
}

type TOutcome = { statusCode: number | null; latencyMs: number; error: string | null };

/** One HTTP attempt: POST the stored body, signed now with every secret that may sign. Never throws. */
export async function attemptDelivery(claimed: TClaimedDelivery, timeoutMs = DELIVERY_TIMEOUT_MS): Promise<TOutcome> {
  const subscription = await prisma.webhookSubscription.findUniqueOrThrow({
    where: { id: claimed.subscriptionId },
    select: { url: true, secret: true, previousSecret: true, previousSecretUntil: true },
  });
  // Stored sealed (or, from before sealing or without a data key, as generated): opened only to sign this attempt.
  const secrets = [openConnectionSecret(subscription.secret)];
  if (subscription.previousSecret && subscription.previousSecretUntil && subscription.previousSecretUntil > new Date()) secrets.push(openConnectionSecret(subscription.previousSecret));
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  try {
    const response = await outboundFetch(subscription.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Breachdesk-Webhooks/1",
        "webhook-id": claimed.id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": signatureHeader(secrets, claimed.id, timestamp, claimed.body),
      },
      body: claimed.body,
      // A redirect is a failure, not a hop to wherever the receiver points.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    const latencyMs = Math.round(performance.now() - started);
    const ok = response.status >= 200 && response.status < 300;
    return { statusCode: response.status, latencyMs, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    const name = error instanceof Error ? error.name : "";
    const message = name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { statusCode: null, latencyMs, error: message.slice(0, 300) };
  }
}

/**
 * Records an attempt and its consequence in one transaction: the attempt row always (it happened), the delivery's
 * new state only while our claim still holds (conditional on the claim token), and the subscription's health.
 */
export async function recordAttempt(claimed: TClaimedDelivery, outcome: TOutcome, now: Date): Promise<"delivered" | "retry" | "failed" | "lost-claim"> {
  const delivered = outcome.error === null;
  const delay = delivered ? null : nextRetryDelayMs(claimed.retryStep + 1);
  const status = delivered ? "delivered" : delay === null ? "failed" : "pending";
  const nextAttemptAt = new Date(now.getTime() + (delay ?? 0));
  return prisma.$transaction(async (tx) => {
    await tx.webhookAttempt.create({ data: { deliveryId: claimed.id, statusCode: outcome.statusCode, latencyMs: outcome.latencyMs, error: outcome.error } });
    const updated = await tx.$executeRaw`
      UPDATE webhook_deliveries
         SET status = ${status}, retry_step = retry_step + 1, next_attempt_at = ${nextAttemptAt},
             delivered_at = ${delivered ? new Date() : null}, claim_token = NULL, claimed_until = NULL
       WHERE id = ${claimed.id} AND claim_token = ${claimed.claimToken}::uuid`;
    await tx.webhookSubscription.update({
      where: { id: claimed.subscriptionId },
      data: delivered ? { lastSuccessAt: new Date() } : { lastErrorAt: new Date(), lastError: outcome.error },
    });
    if (updated === 0) return "lost-claim";
    return delivered ? "delivered" : delay === null ? "failed" : "retry";
  });
}

export type TPassResult = { attempted: number; delivered: number; failed: number };

/** One pass: claim what is due, attempt each (in parallel), record each. Outside any transaction while HTTP talks. */
export async function runWebhookPass(options: TPassOptions = {}): Promise<TPassResult> {
  const now = options.now ?? new Date();
  const claimed = await claimDueDeliveries(now, options.limit ?? 20);
  const results = await Promise.all(
    claimed.map(async (delivery) => {
      const outcome = await attemptDelivery(delivery, options.timeoutMs);
      const recorded = await recordAttempt(delivery, outcome, options.now ?? new Date());
      if (recorded !== "delivered") log.info("webhook attempt failed", { deliveryId: delivery.id, status: outcome.statusCode, error: outcome.error, next: recorded });
      return recorded;
    }),
  );
  return {
    attempted: claimed.length,
    delivered: results.filter((r) => r === "delivered").length,
    failed: results.filter((r) => r === "failed").length,
  };
}

/** The worker loop: a pass every `intervalMs` until stopped. */
export function startWebhookWorker(options: { intervalMs?: number } = {}): { stop(): Promise<void> } {
  return startPassLoop("webhook", () => runWebhookPass(), options.intervalMs);
}
