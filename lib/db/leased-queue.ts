import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";

/**
 * The claim discipline shared by the outbound queues (webhook deliveries, integration messages): one conditional
 * update over due rows locked with SKIP LOCKED, so of two workers each row goes to exactly one, and a row whose claim
 * is live (an attempt in flight) is nobody else's until its lease ends. A worker that died mid-attempt frees the row
 * when the lease runs out. Table names come from this closed list, never from input.
 */
const QUEUES = {
  webhook_deliveries: { parent: "webhook_subscriptions", foreignKey: "subscription_id" },
  integration_messages: { parent: "integration_connections", foreignKey: "connection_id" },
} as const;

export async function claimDueRows<T>(queue: keyof typeof QUEUES, returning: Prisma.Sql, now: Date, limit: number, leaseMs: number): Promise<T[]> {
  const { parent, foreignKey } = QUEUES[queue];
  const table = Prisma.raw(queue);
  return prisma.$queryRaw<T[]>`
    UPDATE ${table} q
       SET claim_token = gen_random_uuid(), claimed_until = ${new Date(now.getTime() + leaseMs)}
     WHERE q.id IN (
       SELECT r.id FROM ${table} r JOIN ${Prisma.raw(parent)} p ON p.id = r.${Prisma.raw(foreignKey)}
        WHERE r.status = 'pending' AND p.enabled AND r.next_attempt_at <= ${now}
          AND (r.claimed_until IS NULL OR r.claimed_until <= ${now})
        ORDER BY r.next_attempt_at LIMIT ${limit}
          FOR UPDATE OF r SKIP LOCKED)
    RETURNING ${returning}`;
}

/** A worker loop: one pass every `intervalMs` until stopped; stop() waits for the pass in flight. */
export function startPassLoop(name: string, pass: () => Promise<unknown>, intervalMs = 2_000): { stop(): Promise<void> } {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    current = pass()
      .catch((error: unknown) => log.error(`${name} pass failed`, { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
