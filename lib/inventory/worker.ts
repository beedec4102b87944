import "server-only";
import PgBoss from "pg-boss";
import { log } from "@/lib/log";
import { runInventory } from "@/lib/inventory/run";
import { inventoryCron } from "@/lib/inventory/worker-cron";

export const INVENTORY_QUEUE = "inventory-refresh";


/**
 * The scheduled inventory refresh on the durable queue (pg-boss, schema "pgboss"): a cron job for the whole cluster,
 * singleton so one refresh is queued or active at a time (the run table's unique running row guards the rest,
 * including a "Refresh inventory now" from the console).
 */
export async function startInventoryWorker(connectionString: string, options: { hours: number }) {
  const boss = new PgBoss({ connectionString, schema: "pgboss" });
  boss.on("error", (error) => log.error("inventory worker error", { error: error instanceof Error ? error.message : String(error) }));
  await boss.start();
  await boss.createQueue(INVENTORY_QUEUE, { name: INVENTORY_QUEUE, policy: "singleton", retryLimit: 0 });
  const cron = inventoryCron(options.hours);
  if (cron) await boss.schedule(INVENTORY_QUEUE, cron);
  else await boss.unschedule(INVENTORY_QUEUE);
  await boss.work(INVENTORY_QUEUE, async () => {
    try {
      const run = await runInventory({ trigger: "schedule" });
      log.info("inventory refresh", { runId: run.id, status: run.status, changes: run.changes });
    } catch (error) {
      // A refresh already running (a person's "Refresh now") is not a failure of this one.
      log.warn("inventory refresh skipped or failed", { error: error instanceof Error ? error.message : String(error) });
    }
  });
  return {
    /** Asks for a refresh now; a no-op while one is queued. */
    refreshNow: () => boss.send(INVENTORY_QUEUE, {}),
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}
