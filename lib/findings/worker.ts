import "server-only";
import PgBoss from "pg-boss";
import { log } from "@/lib/log";
import { syncAllOnce } from "@/lib/findings/pull";

export const SYNC_QUEUE = "findings-sync";

/**
 * The durable sync worker: a pg-boss queue in the same PostgreSQL (schema "pgboss"). pg-boss's scheduler sends the
 * cron job once per minute for the whole cluster however many workers run, the queue's "singleton" policy keeps at
 * most one sync active at a time, and a job survives restarts (it stays in the table until a worker completes it).
 */
export async function startSyncWorker(connectionString: string, options: { cron?: string } = {}) {
  const boss = new PgBoss({ connectionString, schema: "pgboss" });
  boss.on("error", (error) => log.error("sync worker error", { error: error instanceof Error ? error.message : String(error) }));
  await boss.start();
  await boss.createQueue(SYNC_QUEUE, { name: SYNC_QUEUE, policy: "singleton", retryLimit: 0 });
  await boss.schedule(SYNC_QUEUE, options.cron ?? "* * * * *");
  await boss.work(SYNC_QUEUE, async () => {
    const summary = await syncAllOnce();
    log.info("findings sync", { fetched: summary.fetched, inserted: summary.inserted, updated: summary.updated, failedSources: summary.failedSources });
  });
  return {
    /** Asks for a sync now (e.g. after adding a source); a no-op while one is queued or running. */
    syncNow: () => boss.send(SYNC_QUEUE, {}),
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}
