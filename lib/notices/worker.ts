import "server-only";
import PgBoss from "pg-boss";
import { prisma } from "@/lib/db";
import { log } from "@/lib/log";
import { DEFAULT_LEASE_MS } from "@/lib/notices/claim-lease";
import { deliverSend, type TDeliveryOptions } from "@/lib/notices/outbox";
import { createNoticeQueues, NOTICE_SEND_QUEUE, NOTICE_SWEEP_QUEUE } from "@/lib/notices/queue";

export type TNoticeWorkerOptions = Omit<TDeliveryOptions, "claimUntil" | "signal">;

/**
 * Unfinished sends (any channel but recorded submissions) that nobody is working on (no claim renewed within the
 * lease: a crashed worker or console, a lost enqueue) are queued again; the per-recipient rows make delivery resume,
 * not restart. No singleton key here: the dead worker's job may still look active to pg-boss, and a duplicate job is
 * harmless (claims are conditional).
 */
export async function sweepUnfinishedSends(boss: PgBoss, leaseMs = DEFAULT_LEASE_MS): Promise<number> {
  const stalled = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id::text FROM notice_sends s
     WHERE s.channel <> 'submission' AND s.completed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM notice_recipients r
                        WHERE r.send_id = s.id AND r.claimed_at > now() - make_interval(secs => ${leaseMs / 1000}))`;
  for (const send of stalled) await boss.send(NOTICE_SEND_QUEUE, { sendId: send.id });
  return stalled.length;
}

/** The notice delivery worker: part of `npm run worker` (one process runs every queue). */
export async function startNoticeWorker(connectionString: string, options: TNoticeWorkerOptions & { sweepCron?: string } = {}) {
  const boss = new PgBoss({ connectionString, schema: "pgboss" });
  boss.on("error", (error) => log.error("notice worker error", { error: error instanceof Error ? error.message : String(error) }));
  const controller = new AbortController();
  await boss.start();
  await createNoticeQueues(boss);
  await boss.schedule(NOTICE_SWEEP_QUEUE, options.sweepCron ?? "* * * * *");
  await boss.work(NOTICE_SWEEP_QUEUE, async () => {
    await sweepUnfinishedSends(boss, options.leaseMs);
  });
  await boss.work<{ sendId: string }>(NOTICE_SEND_QUEUE, { batchSize: 1 }, async ([job]) => {
    if (!job) return;
    const run = await deliverSend(job.data.sendId, { ...options, signal: controller.signal });
    if (run.failure) throw new Error(run.failure); // pg-boss retries the job with backoff; progress lives in notice_recipients
  });
  await sweepUnfinishedSends(boss, options.leaseMs);
  return {
    stop: async () => {
      controller.abort();
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
