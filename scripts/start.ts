/**
 * `npm start` (and `npm run dev`, which passes --dev): everything needed to run the console from a checkout.
 *
 *   1. parse the environment (lib/env.ts); a bad value stops here with a message naming it
 *   2. without DATABASE_URL, start the embedded PostgreSQL with its data in BREACHDESK_DATA_DIR (.breachdesk/)
 *   3. apply prisma/migrations (several consoles sharing one database may start at once)
 *   4. NEXTAUTH_SECRET from the environment, else the one stored in the database (created on first start);
 *      BREACHDESK_DATA_KEY from the environment, else — with the embedded database only — the one in
 *      BREACHDESK_DATA_DIR/data-key (created on first start, mode 0600); with an external database the ledger
 *      refuses to store people until it is set
 *   5. `next build` when the sources changed since the last build (unless BREACHDESK_SKIP_BUILD=1)
 *   6. `next start` (or `next dev`), with DATABASE_URL, NEXTAUTH_SECRET and NEXTAUTH_URL in its environment
 *   7. the findings sync worker (scripts/worker.ts) as a child process, unless BREACHDESK_WORKER=0. Every console
 *      may run one: pg-boss's cron and singleton queue make the sync run once per cluster, not once per process.
 *      If it dies it is restarted after 10 s; the console keeps serving meanwhile.
 *
 * Ctrl-C / SIGTERM: the signal goes to Next.js; once it has exited the embedded database is stopped and the
 * launcher exits 0. A second signal kills Next.js at once. If Next.js dies on its own, the database is
 * stopped and its exit code returned. Secrets and the database password are never printed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, realpathSync } from "node:fs";
import { link, mkdir, readdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { constants as osConstants } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations, maskDatabaseUrl } from "../lib/db/migrate";
import { EnvError, parseEnv, type TEnv } from "../lib/env";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FINGERPRINT_FILE = path.join(".next", "breachdesk-build-fingerprint");
const NEXTAUTH_SECRET_KEY = "nextauth_secret";

const log = (line: string) => console.log(`[breachdesk] ${line}`);
const warn = (line: string) => console.error(`[breachdesk] ${line}`);

/* ------------------------------------------------------------------------------------------------ */
/* The NextAuth secret                                                                               */
/* ------------------------------------------------------------------------------------------------ */

/**
 * The instance's NextAuth secret, stored in instance_settings: the first process to get there inserts 48
 * random bytes (base64url); every process, including ones starting at the same moment, then reads the one
 * row that won, so all consoles sharing the database sign and verify sessions with the same key.
 */
export async function resolveStoredNextAuthSecret(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "breachdesk-launcher" });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("INSERT INTO instance_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [
      NEXTAUTH_SECRET_KEY,
      randomBytes(48).toString("base64url"),
    ]);
    const { rows } = await client.query<{ value: string }>("SELECT value FROM instance_settings WHERE key = $1", [
      NEXTAUTH_SECRET_KEY,
    ]);
    const secret = rows[0]?.value;
    if (!secret || secret.length < 32) {
      throw new Error(`instance_settings holds an unusable ${NEXTAUTH_SECRET_KEY} (shorter than 32 characters)`);
    }
    return secret;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Build fingerprint                                                                                 */
/* ------------------------------------------------------------------------------------------------ */

const FINGERPRINT_DIRS = ["app", "components", "lib", "public"];
const FINGERPRINT_FILES = [
  "prisma/schema.prisma",
  "next.config.js",
  "next.config.mjs",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.js",
  "postcss.config.mjs",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
];
/** Not part of the app: generated from schema.prisma (already covered) and tests. */
const fingerprintIgnores = (relative: string) =>
  relative === "lib/generated" || relative.startsWith("lib/generated/") || /\.test\.tsx?$/.test(relative);

/**
 * sha256 over path, mtime and size of every file that goes into `next build`, plus the NEXT_PUBLIC_*
 * variables (Next.js inlines those at build time). Cheap enough to compute on every start.
 */
export async function buildFingerprint(
  root: string,
  env: Record<string, string | undefined> = process.env,
): Promise<string> {
  const entries: string[] = [];
  const add = async (relative: string) => {
    if (fingerprintIgnores(relative)) return;
    const info = await stat(path.join(root, relative)).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      const children = await readdir(path.join(root, relative));
      for (const child of children.sort()) await add(`${relative}/${child}`);
    } else if (info.isFile()) {
      entries.push(`${relative}\0${Math.trunc(info.mtimeMs)}\0${info.size}`);
    }
  };
  for (const dir of FINGERPRINT_DIRS) await add(dir);
  for (const file of FINGERPRINT_FILES) await add(file);
  for (const name of Object.keys(env).filter((key) => key.startsWith("NEXT_PUBLIC_")).sort()) {
    entries.push(`env:${name}=${env[name]}`);
  }
  return createHash("sha256").update(entries.join("\n")).digest("hex");
}

async function buildIsCurrent(root: string): Promise<boolean> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return false;
  const stored = await readFile(path.join(root, FINGERPRINT_FILE), "utf8").catch(() => "");
  return stored.trim() === (await buildFingerprint(root));
}

/* ------------------------------------------------------------------------------------------------ */
/* Process management                                                                                */
/* ------------------------------------------------------------------------------------------------ */

let database: Promise<TEmbeddedPostgres> | undefined;
let child: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let shuttingDown = false;
let finishing = false;

const running = (proc: ChildProcess | undefined): proc is ChildProcess =>
  proc !== undefined && proc.exitCode === null && proc.signalCode === null;

/** Stops the embedded database (if this launcher started one) and exits. */
async function finish(code: number): Promise<never> {
  if (!finishing) {
    finishing = true;
    await stopWorker();
    const server = await database?.catch(() => undefined);
    if (server) {
      log("Stopping the embedded database");
      await server.stop().catch((error: unknown) => warn(`Could not stop the database cleanly: ${String(error)}`));
    }
    process.exit(code);
  }
  return new Promise<never>(() => undefined); // exit is under way
}

function onSignal(signal: NodeJS.Signals) {
  if (shuttingDown) {
    if (running(child)) {
      warn(`${signal} again: killing Next.js`);
      child.kill("SIGKILL");
    }
    return;
  }
  shuttingDown = true;
  if (running(child)) {
    log(`${signal} received: stopping Next.js`);
    child.kill(signal); // its 'exit' handler then stops the database
  } else {
    log(`${signal} received: shutting down`);
    void finish(0);
  }
}

/** Starts the sync worker (`npm run worker`) next to the console and restarts it if it dies. */
function startWorker(env: NodeJS.ProcessEnv) {
  if (shuttingDown) return;
  const args = ["--conditions=react-server", "--require", "./scripts/lib/require-esm-only.js", "--import", "tsx", "scripts/worker.ts"];
  const proc = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
  worker = proc;
  proc.once("exit", (code, signal) => {
    if (shuttingDown || finishing) return;
    warn(`The findings sync worker exited (${exitCodeOf(code, signal)}); restarting it in 10 s`);
    setTimeout(() => startWorker(env), 10_000).unref();
  });
}

/** Asks the worker to stop (it finishes its current job) and waits for it, 15 s at most. */
async function stopWorker() {
  const proc = worker;
  if (!running(proc)) return;
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  proc.kill("SIGTERM");
  const timer = setTimeout(() => proc.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (osConstants.signals[signal] ?? 1) : 1);
}

/** Runs node_modules/.bin/next with the given arguments; resolves with its exit code. */
function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const bin = path.join(PROJECT_ROOT, "node_modules", ".bin", "next");
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm ci\` first`);
  return new Promise((resolve, reject) => {
    const proc = spawn(bin, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child = proc;
    proc.once("error", reject);
    proc.once("exit", (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

/* ------------------------------------------------------------------------------------------------ */
/* main                                                                                              */
/* ------------------------------------------------------------------------------------------------ */

function parseArgs(argv: string[]): { dev: boolean } {
  const unknown = argv.filter((arg) => arg !== "--dev");
  if (unknown.length > 0) {
    warn(`Unknown argument(s): ${unknown.join(" ")}\nUsage: npm start  |  npm run dev  (= npm start -- --dev)`);
    process.exit(1);
  }
  return { dev: argv.includes("--dev") };
}

function readEnv(): TEnv {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * The embedded database's data key, kept in a file of its own next to the data (0600), created on first start: the
 * same key every start, so what the ledger sealed stays readable. A file that is not a key stops the start rather
 * than be replaced (a new key would make every sealed value unreadable).
 */
export async function resolveDataKeyFile(file: string): Promise<string> {
  if (existsSync(file)) {
    const value = (await readFile(file, "utf8")).trim();
    if (!/^[A-Za-z0-9+/]{43}=$/.test(value)) throw new Error(`${file} does not hold a data key (32 bytes in base64); restore it from your backup`);
    return value;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const value = randomBytes(32).toString("base64");
  // Written whole under a name of its own, then linked into place: a console starting at the same moment sees either
  // no key file or a complete one, never a half-written one.
  const pending = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(pending, `${value}\n`, { mode: 0o600, flag: "wx" });
  try {
    await link(pending, file);
  } catch (error) {
    // Another console on the same data folder linked its key first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return resolveDataKeyFile(file);
    throw error;
  } finally {
    await unlink(pending).catch(() => {});
  }
  return value;
}

async function main() {
  const { dev } = parseArgs(process.argv.slice(2));
  const env = readEnv();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);

  // 2. the database
  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    log(`Database: ${maskDatabaseUrl(databaseUrl)}`);
  } else {
    const dataDir = path.resolve(PROJECT_ROOT, env.BREACHDESK_DATA_DIR ?? ".breachdesk");
    log(`No DATABASE_URL: using the embedded PostgreSQL, data in ${dataDir} (back up this folder)`);
    database = startEmbeddedPostgres({ dataDir, log });
    databaseUrl = (await database).url;
    log(`Embedded PostgreSQL is up: ${maskDatabaseUrl(databaseUrl)}`);
  }
  if (shuttingDown) return finish(0);

  // 3. migrations
  const { applied } = await applyMigrations(databaseUrl, {
    migrationsDir: path.join(PROJECT_ROOT, "prisma", "migrations"),
    log,
  });
  log(applied.length > 0 ? `Applied ${applied.length} migration(s)` : "Database schema is up to date");
  if (shuttingDown) return finish(0);

  // 4. the NextAuth secret
  let secret = env.NEXTAUTH_SECRET;
  if (secret) {
    log("NEXTAUTH_SECRET: from the environment");
  } else {
    secret = await resolveStoredNextAuthSecret(databaseUrl);
    log("NEXTAUTH_SECRET: the instance's own, stored in the database (instance_settings)");
  }
  if (shuttingDown) return finish(0);

  // 4b. the affected-people ledger's data key
  let dataKey = env.BREACHDESK_DATA_KEY;
  if (dataKey) {
    log("BREACHDESK_DATA_KEY: from the environment");
  } else if (!env.DATABASE_URL) {
    const keyFile = path.resolve(PROJECT_ROOT, env.BREACHDESK_DATA_DIR ?? ".breachdesk", "data-key");
    dataKey = await resolveDataKeyFile(keyFile);
    log(`BREACHDESK_DATA_KEY: the instance's own, in ${keyFile} (back it up apart from the database)`);
  } else {
    log("BREACHDESK_DATA_KEY: not set; the affected-people ledger refuses imports until it is");
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    ...(dataKey ? { BREACHDESK_DATA_KEY: dataKey } : {}),
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const listen = ["-p", String(env.PORT), ...(env.HOST ? ["-H", env.HOST] : [])];

  // 5. build
  if (!dev) {
    // Read here rather than in lib/env.ts: only this launcher looks at it, and never the server.
    if (process.env.BREACHDESK_SKIP_BUILD === "1") {
      log("BREACHDESK_SKIP_BUILD=1: not checking whether the build is current");
    } else if (await buildIsCurrent(PROJECT_ROOT)) {
      log("The build is current");
    } else {
      log("Sources changed since the last build (or no build yet): running next build");
      const code = await runNext(["build"], childEnv);
      if (shuttingDown) return finish(0);
      if (code !== 0) {
        warn(`next build failed (exit code ${code})`);
        return finish(code);
      }
      await mkdir(path.join(PROJECT_ROOT, ".next"), { recursive: true });
      await writeFile(path.join(PROJECT_ROOT, FINGERPRINT_FILE), (await buildFingerprint(PROJECT_ROOT)) + "\n");
    }
  }

  // 7. the findings sync worker, beside the server (read here: only this launcher looks at it)
  if (env.BREACHDESK_WORKER === "0") {
    log("BREACHDESK_WORKER=0: not starting the findings sync worker here");
  } else {
    log("Starting the findings sync worker (pg-boss; one sync per cluster)");
    startWorker(childEnv);
  }

  // 6. serve
  log(`Starting Next.js (${dev ? "development" : "production"}) on ${childEnv.NEXTAUTH_URL}`);
  const code = await runNext([dev ? "dev" : "start", ...listen], childEnv);
  if (shuttingDown) return finish(0);
  warn(`Next.js exited on its own (exit code ${code})`);
  return finish(code);
}

function isEntryPoint(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    warn(error instanceof Error ? error.message : String(error));
    if (process.env.LOG_LEVEL === "debug" && error instanceof Error && error.stack) console.error(error.stack);
    void finish(1);
  });
}
