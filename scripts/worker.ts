/**
 * `npm run worker`: the durable findings sync worker. Creates the sources named in BREACHDESK_AWS_SOURCES, then pulls
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
  console.log("Findings sync worker running; Ctrl-C stops it.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await worker.stop();
  await disconnect();
  return 0;
}

runScript(main);
