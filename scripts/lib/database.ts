import path from "node:path";
import { EnvError, parseEnv } from "../../lib/env";
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";

/**
 * For command-line scripts: DATABASE_URL, or the embedded PostgreSQL under BREACHDESK_DATA_DIR (the running
 * console's, or one started just for this script), migrated. Returns the function that stops what it started.
 */
export async function connectScriptDatabase(): Promise<() => Promise<void>> {
  const env = parseEnv(process.env);
  let stopDatabase: (() => Promise<void>) | undefined;
  if (!env.DATABASE_URL) {
    const dataDir = path.resolve(env.BREACHDESK_DATA_DIR ?? ".breachdesk");
    let url = await runningEmbeddedPostgresUrl(dataDir);
    if (!url) {
      const database = await startEmbeddedPostgres({ dataDir });
      stopDatabase = database.stop;
      url = database.url;
    }
    process.env.DATABASE_URL = url;
  }
  await applyMigrations(process.env.DATABASE_URL as string);
  return async () => {
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    await stopDatabase?.();
  };
}

/** Runs a script's main function and exits with its code; a configuration error prints its message only. */
export function runScript(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof EnvError ? error.message : error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
