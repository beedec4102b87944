import "server-only";
import PgBoss from "pg-boss";
import { databaseUrl } from "@/lib/env";
import { log } from "@/lib/log";

export const NOTICE_SEND_QUEUE = "notice-send";
export const NOTICE_SWEEP_QUEUE = "notice-sweep";

const globalForBoss = globalThis as unknown as { noticeBoss?: Promise<PgBoss> };

/** Creates the notice queues (idempotent). Shared by the console (which enqueues) and the worker (which runs them). */
export async function createNoticeQueues(boss: PgBoss): Promise<void> {
  // retries with backoff: a job that fails (SMTP down) comes back; progress lives in notice_recipients, not in the job.
  await boss.createQueue(NOTICE_SEND_QUEUE, { name: NOTICE_SEND_QUEUE, policy: "standard", retryLimit: 20, retryDelay: 10, retryBackoff: true, expireInSeconds: 6 * 3600 });
  await boss.createQueue(NOTICE_SWEEP_QUEUE, { name: NOTICE_SWEEP_QUEUE, policy: "singleton", retryLimit: 0 });
}

/** A sender-only pg-boss in the console process: no maintenance, no schedules (the worker does those). */
function senderBoss(): Promise<PgBoss> {
  globalForBoss.noticeBoss ??= (async () => {
    const boss = new PgBoss({ connectionString: databaseUrl(), schema: "pgboss", supervise: false, schedule: false, max: 2 });
    boss.on("error", (error) => log.error("notice queue error", { error: error instanceof Error ? error.message : String(error) }));
    await boss.start();
    await createNoticeQueues(boss);
    return boss;
  })().catch((error: unknown) => {
    globalForBoss.noticeBoss = undefined;
    throw error;
  });
  return globalForBoss.noticeBoss;
}

/**
 * Asks the worker to deliver (the rest of) a send. Best effort after the send's commit: if this fails, the worker's sweep
 * (at start and every minute) finds the unfinished send anyway.
 */
export async function enqueueNoticeDelivery(sendId: string): Promise<void> {
  try {
    const boss = await senderBoss();
    await boss.send(NOTICE_SEND_QUEUE, { sendId }, { singletonKey: sendId });
  } catch (error) {
    log.warn("could not enqueue a notice send; the worker's sweep will pick it up", { sendId, error: error instanceof Error ? error.message : String(error) });
  }
}

export async function stopNoticeQueueSender(): Promise<void> {
  const boss = globalForBoss.noticeBoss;
  globalForBoss.noticeBoss = undefined;
  if (boss) await (await boss).stop({ graceful: false, wait: true }).catch(() => {});
}
