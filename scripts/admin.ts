/**
 * `npm run admin -- <command>`: user and token administration from the terminal. Talks to DATABASE_URL, or
 * to the embedded PostgreSQL under BREACHDESK_DATA_DIR (the running console's, or started just for this).
 */
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { USAGE, UsageError, runAdminCommand } = await import("./admin/commands");
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "help") {
    console.error(USAGE);
    return argv.length === 0 ? 2 : 0;
  }

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

  const { disconnectDb } = await import("../lib/db");
  try {
    return await runAdminCommand(argv, {
      out: (line) => process.stdout.write(line + "\n"),
      err: (line) => process.stderr.write(line + "\n"),
    });
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    await disconnectDb();
    await stopDatabase?.();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  },
);
