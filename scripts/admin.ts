/**
 * `npm run admin -- <command>`: user and token administration from the terminal. Talks to DATABASE_URL, or
 * to the embedded PostgreSQL under BREACHDESK_DATA_DIR (the running console's, or started just for this).
 */
import { EnvError } from "../lib/env";
import { connectScriptDatabase } from "./lib/database";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { USAGE, UsageError, runAdminCommand } = await import("./admin/commands");
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "help") {
    console.error(USAGE);
    return argv.length === 0 ? 2 : 0;
  }

  const disconnect = await connectScriptDatabase();
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
    await disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  },
);
