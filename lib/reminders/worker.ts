import "server-only";
import PgBoss from "pg-boss";
import { log } from "@/lib/log";
import { runReminders } from "@/lib/reminders/run";

export const REMINDER_QUEUE = "obligation-reminders";

/**
 * The reminder job on the durable queue (pg-boss, schema "pgboss", the same PostgreSQL): a cron job every minute for
 * the whole cluster, singleton policy so one pass runs at a time. Exactly-once delivery does not rely on the queue:
 * each reminder is claimed by a unique key in obligation_reminders, so restarts and extra workers cannot send twice.
 */
export async function startReminderWorker(connectionString: string, options: { cron?: string } = {}) {
  const boss = new PgBoss({ connectionString, schema: "pgboss" });
  boss.on("error", (error) => log.error("reminder worker error", { error: error instanceof Error ? error.message : String(error) }));
  await boss.start();
  await boss.createQueue(REMINDER_QUEUE, { name: REMINDER_QUEUE, policy: "singleton", retryLimit: 0 });
  await boss.schedule(REMINDER_QUEUE, options.cron ?? "* * * * *");
  await boss.work(REMINDER_QUEUE, async () => {
    const summary = await runReminders();
    if (summary.sent + summary.skipped > 0) log.info("obligation reminders", summary);
  });
  return {
    /** Asks for a pass now. */
    runNow: () => boss.send(REMINDER_QUEUE, {}),
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}
