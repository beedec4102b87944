/**
 * `npm run worker`: the one worker process for every durable queue — the findings sync and the obligation
 * reminders (lib/reminders/worker.ts: a pass every minute, each reminder sent exactly once).
 *
 * The findings sync worker: Creates the sources named in BREACHDESK_AWS_SOURCES, then pulls
 * every source once a minute (pg-boss cron: once per cluster, however many workers run) until stopped with Ctrl-C.
 */
import { parseEnv } from "../lib/env";
import { parseSourceList } from "../lib/findings/sources";
import { connectScriptDatabase, runScript } from "./lib/database";

async function main(): Promise<number> {
  const specs = parseSourceList(parseEnv(process.env).BREACHDESK_AWS_SOURCES);
  const disconnect = await connectScriptDatabase();
  const { ensureSources } = await import("../lib/findings/pull");
  const { startSyncWorker } = await import("../lib/findings/worker");
  await ensureSources(specs);
  const worker = await startSyncWorker(process.env.DATABASE_URL as string);
  await worker.syncNow();
  // ─── Obligation reminders (issue 6 point 4) ───
  const { startReminderWorker } = await import("../lib/reminders/worker");
  const reminders = await startReminderWorker(process.env.DATABASE_URL as string);
  await reminders.runNow();
  console.log("Worker running (findings sync, obligation reminders); Ctrl-C stops it.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await worker.stop();
  await reminders.stop();
  await disconnect();
  return 0;
}

runScript(main);
