import "server-only";
import PgBoss from "pg-boss";
import { log } from "@/lib/log";
import { syncAllOnce } from "@/lib/findings/pull";
import { runWriteback, WRITEBACK_QUEUE, type TWritebackJob } from "@/lib/findings/writeback";

export const SYNC_QUEUE = "findings-sync";

/**
 * The durable sync worker: a pg-boss queue in the same PostgreSQL (schema "pgboss"). pg-boss's scheduler sends the
 * cron job once per minute for the whole cluster however many workers run, the queue's "singleton" policy keeps at
 * most one sync active at a time, and a job survives restarts (it stays in the table until a worker completes it).
 */
export async function startSyncWorker(connectionString: string, options: { cron?: string; writebackRetryDelaySeconds?: number } = {}) {
  const boss = new PgBoss({ connectionString, schema: "pgboss" });
  boss.on("error", (error) => log.error("sync worker error", { error: error instanceof Error ? error.message : String(error) }));
  await boss.start();
  await boss.createQueue(SYNC_QUEUE, { name: SYNC_QUEUE, policy: "singleton", retryLimit: 0 });
  await boss.schedule(SYNC_QUEUE, options.cron ?? "* * * * *");
  await boss.work(SYNC_QUEUE, async () => {
    const summary = await syncAllOnce();
    log.info("findings sync", { fetched: summary.fetched, inserted: summary.inserted, updated: summary.updated, failedSources: summary.failedSources });
  });

  // Security Hub write-back (lib/findings/writeback.ts): jobs enqueued by the link's transaction; retried with
  // exponential backoff from 30 s, 8 attempts, so a throttled or briefly failing Security Hub catches up.
  const writebackQueue = { name: WRITEBACK_QUEUE, retryLimit: 8, retryDelay: options.writebackRetryDelaySeconds ?? 30, retryBackoff: true };
  await boss.createQueue(WRITEBACK_QUEUE, writebackQueue);
  await boss.updateQueue(WRITEBACK_QUEUE, writebackQueue); // a queue created by an older version keeps up
  await boss.work<TWritebackJob>(WRITEBACK_QUEUE, async ([job]) => {
    if (!job) return;
    try {
      const { updated } = await runWriteback(job.data);
      log.info("Security Hub write-back", { incidentId: job.data.incidentId, updated });
    } catch (error) {
      log.warn("Security Hub write-back failed; pg-boss retries it", { incidentId: job.data.incidentId, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  });

  return {
    /** Asks for a sync now (e.g. after adding a source); a no-op while one is queued or running. */
    syncNow: () => boss.send(SYNC_QUEUE, {}),
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}
