/**
 * `npm run sync -- --once`: creates the sources named in BREACHDESK_AWS_SOURCES, pulls every enabled source once
 * and exits. The last stdout line is a JSON summary: fetched, inserted, updated, unchanged, rejected, and per source.
 * Exit code 1 when any source failed. The scheduled, durable worker is `npm run worker` (also run by `npm start`).
 */
import { parseEnv } from "../lib/env";
import { parseSourceList } from "../lib/findings/sources";
import { connectScriptDatabase, runScript } from "./lib/database";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  if (!args.includes("--once")) {
    console.error("Usage: npm run sync -- --once   (for scheduled syncs: npm run worker, which npm start also runs)");
    return 2;
  }
  const specs = parseSourceList(parseEnv(process.env).BREACHDESK_AWS_SOURCES);
  const disconnect = await connectScriptDatabase();
  try {
    const { ensureSources, syncAllOnce } = await import("../lib/findings/pull");
    await ensureSources(specs);
    const summary = await syncAllOnce();
    for (const source of summary.sources) if (source.error) console.error(`${source.source}: ${source.error}`);
    console.log(JSON.stringify(summary));
    return summary.failedSources > 0 ? 1 : 0;
  } finally {
    await disconnect();
  }
}

runScript(main);
