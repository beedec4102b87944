import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres, type TEmbeddedPostgres } from "./embedded";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("startEmbeddedPostgres", () => {
  let dataDir: string;
  let server: TEmbeddedPostgres | undefined;
  const log: string[] = [];
  const start = async () => {
    server = await startEmbeddedPostgres({ dataDir, log: (line) => log.push(line) });
    return server;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "breachdesk-embedded-"));
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("initialises a cluster, creates the breachdesk database and keeps its password private", async () => {
    const { url } = await start();

    const parsed = new URL(url);
    expect(parsed.hostname).toBe("127.0.0.1");
    expect(parsed.pathname).toBe("/breachdesk");
    const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim();
    expect(decodeURIComponent(parsed.password)).toBe(password);
    expect((await stat(path.join(dataDir, "postgres-password"))).mode & 0o777).toBe(0o600);
    expect(log.join("\n")).not.toContain(password);
    expect(await query(url, "SELECT current_database() AS db, current_setting('server_encoding') AS enc")).toEqual([
      { db: "breachdesk", enc: "UTF8" },
    ]);
  });

  it("keeps the data across stop and restart of the same data directory", async () => {
    const first = await start();
    await query(first.url, "CREATE TABLE IF NOT EXISTS survivors (note text)");
    await query(first.url, "INSERT INTO survivors VALUES ('written before the restart')");
    await first.stop();
    await first.stop(); // idempotent

    const second = await start();
    expect(await query(second.url, "SELECT note FROM survivors")).toContainEqual({
      note: "written before the restart",
    });
  });

  it("starts despite a stale postmaster.pid naming a process that is gone", async () => {
    await (await start()).stop();
    // What `kill -9` of PostgreSQL (or a power cut) leaves behind: a lock file naming a dead PID.
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    await writeFile(pidFile, `999999\n${path.join(dataDir, "postgres")}\n1700000000\n5432\n\n127.0.0.1\n`);

    const { url } = await start();
    expect(await query(url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    expect(log).toContain("Removing a stale postmaster.pid (PostgreSQL PID 999999 is not running)");
  });

  it("replaces a server orphaned by a launcher that was killed with SIGKILL", async () => {
    // A separate process starts the server, reports the URL, and is then killed without any chance to stop it.
    const embeddedModule = path.join(path.dirname(fileURLToPath(import.meta.url)), "embedded.ts");
    const script =
      // tsx loads the module as CommonJS here, so its exports arrive on `default`.
      `const m = await import(${JSON.stringify(embeddedModule)});` +
      "const { startEmbeddedPostgres } = m.startEmbeddedPostgres ? m : m.default;" +
      `const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });` +
      "console.log('URL ' + db.url); setInterval(() => {}, 1000);";
    const launcher = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const orphanUrl = await new Promise<string>((resolve, reject) => {
      let out = "";
      launcher.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /URL (\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      launcher.on("exit", (code) => reject(new Error(`launcher exited early (${code})`)));
    });
    await query(orphanUrl, "CREATE TABLE IF NOT EXISTS orphan_data (n int); INSERT INTO orphan_data VALUES (42)");
    const orphanPid = Number((await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")).split("\n")[0]);
    launcher.kill("SIGKILL");
    await new Promise((resolve) => launcher.once("exit", resolve));
    expect(await query(orphanUrl, "SELECT 1 AS alive")).toEqual([{ alive: 1 }]); // the orphan still runs

    const { url } = await start();
    expect(log.some((line) => /was left running by a process that no longer exists/.test(line))).toBe(true);
    expect(await query(url, "SELECT n FROM orphan_data")).toEqual([{ n: 42 }]);
    expect(() => process.kill(orphanPid, 0)).toThrow(/ESRCH/); // the orphan was shut down
  });

  it("refuses a data directory whose server is still run by a live process, whose URL it can report", async () => {
    const { url } = await start();
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already running/);
    expect(await runningEmbeddedPostgresUrl(dataDir)).toBe(url);
    await server?.stop();
    expect(await runningEmbeddedPostgresUrl(dataDir)).toBeUndefined();
  });
});
