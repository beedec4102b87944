import "server-only";
import PgBoss from "pg-boss";
import { prisma } from "@/lib/db";
import { log } from "@/lib/log";
import { recordObligationMet } from "@/lib/obligations/record-met";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";
import type { TNoticeContent } from "@/lib/notices/content";
import { deliverNotice } from "@/lib/notices/delivery";
import { createNoticeQueues, NOTICE_SEND_QUEUE, NOTICE_SWEEP_QUEUE } from "@/lib/notices/queue";

export type TNoticeWorkerOptions = {
  /** Messages per second per send (the rate limit). */
  ratePerSecond?: number;
  /** A recipient claimed longer ago than this by a worker that died is claimed again. */
  leaseMs?: number;
  /** Attempts per recipient before it is marked failed. */
  maxAttempts?: number;
};

const DEFAULT_LEASE_MS = 2 * 60 * 1000;
const DELIVERY_ACTOR: TTimelineActor = { kind: "system", name: "Notice delivery" };

type TClaimed = { id: string; address: string; name: string; fields: Record<string, string>; message_id: string; attempts: number };

/**
 * Claims the next recipient of a send by a conditional update (pending → sending, or a stale claim of a dead worker),
 * skipping rows another worker holds, so each recipient is handed to exactly one worker at a time.
 */
async function claimNext(sendId: string, leaseMs: number): Promise<TClaimed | null> {
  const rows = await prisma.$queryRaw<TClaimed[]>`
    UPDATE notice_recipients SET status = 'sending', claimed_at = now(), attempts = attempts + 1
     WHERE id = (
       SELECT id FROM notice_recipients
        WHERE send_id = ${sendId}::uuid
          AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - make_interval(secs => ${leaseMs / 1000})))
        ORDER BY position
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
    RETURNING id, address, name, fields, message_id, attempts`;
  return rows[0] ?? null;
}

/** Delivers every unsent recipient of one send, at most `ratePerSecond`, then records completion once. */
export async function processBulkSend(sendId: string, options: TNoticeWorkerOptions = {}, signal?: AbortSignal): Promise<void> {
  const rate = options.ratePerSecond ?? 10;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? 5;
  const send = await prisma.noticeSend.findUnique({
    where: { id: sendId },
    select: { id: true, sandbox: true, sentByLabel: true, notice: { select: { id: true, incidentId: true, obligationId: true, title: true } }, version: { select: { content: true } } },
  });
  if (!send) return;
  const { notice } = send;
  const content = send.version.content as TNoticeContent;
  for (;;) {
    if (signal?.aborted) return;
    const recipient = await claimNext(sendId, leaseMs);
    if (!recipient) break;
    const started = Date.now();
    try {
      await prisma.$transaction(async (tx) => {
        // The sandbox insert joins this transaction; SMTP cannot, so a crash between SMTP's acceptance and this
        // commit resends after the lease with the same Message-ID (deduplicable downstream).
        await deliverNotice(tx, {
          sandbox: send.sandbox, incidentId: notice.incidentId, noticeId: notice.id, content,
          recipient: { address: recipient.address, name: recipient.name, fields: recipient.fields }, messageId: recipient.message_id,
        });
        const now = new Date();
        await tx.noticeRecipient.updateMany({ where: { id: recipient.id, status: "sending" }, data: { status: "sent", sentAt: now, error: null } });
        const first = await tx.noticeSend.updateMany({ where: { id: sendId, firstDeliveredAt: null }, data: { firstDeliveredAt: now } });
        if (first.count === 1 && notice.obligationId) {
          await recordObligationMet(tx, {
            obligationId: notice.obligationId, incidentId: notice.incidentId, metAt: now,
            by: { kind: "notice", id: notice.id, label: notice.title }, actor: { kind: "system", name: `Notice delivery (sent by ${send.sentByLabel})` },
          });
        }
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = recipient.attempts >= maxAttempts;
      await prisma.noticeRecipient.updateMany({ where: { id: recipient.id, status: "sending" }, data: { status: failed ? "failed" : "pending", error: message.slice(0, 500) } });
      log.warn("notice delivery failed", { sendId, attempt: recipient.attempts, failed, error: message });
      if (!failed) throw error; // pg-boss retries the job with backoff
    }
    const wait = 1000 / rate - (Date.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await completeIfDone(sendId);
}

async function completeIfDone(sendId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const open = await tx.noticeRecipient.count({ where: { sendId, status: { in: ["pending", "sending"] } } });
    if (open > 0) return;
    const done = await tx.noticeSend.updateMany({ where: { id: sendId, completedAt: null }, data: { completedAt: new Date() } });
    if (done.count !== 1) return;
    const send = await tx.noticeSend.findUniqueOrThrow({ where: { id: sendId }, select: { notice: { select: { id: true, incidentId: true, title: true } } } });
    const sent = await tx.noticeRecipient.count({ where: { sendId, status: "sent" } });
    const failed = await tx.noticeRecipient.count({ where: { sendId, status: "failed" } });
    await appendTimelineEvent(tx, { incidentId: send.notice.incidentId, kind: "notice.bulk-completed", actor: DELIVERY_ACTOR, payload: { noticeId: send.notice.id, title: send.notice.title, sent, failed } });
  });
}

/**
 * Unfinished bulk sends that nobody is working on (no recipient claimed within the lease: a crashed worker, a lost
 * enqueue) are queued again; the per-recipient rows make it resume, not restart. No singleton key here: the dead
 * worker's job may still look active to pg-boss, and a duplicate job is harmless (claims are conditional).
 */
export async function sweepUnfinishedSends(boss: PgBoss, leaseMs = DEFAULT_LEASE_MS): Promise<number> {
  const stalled = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM notice_sends s
     WHERE s.channel = 'bulk_email' AND s.completed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM notice_recipients r
                        WHERE r.send_id = s.id AND r.claimed_at > now() - make_interval(secs => ${leaseMs / 1000}))`;
  for (const send of stalled) await boss.send(NOTICE_SEND_QUEUE, { sendId: send.id });
  return stalled.length;
}

/** The bulk notice worker: part of `npm run worker` (one process runs every queue). */
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
    if (job) await processBulkSend(job.data.sendId, options, controller.signal);
  });
  await sweepUnfinishedSends(boss, options.leaseMs);
  return {
    stop: async () => {
      controller.abort();
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
