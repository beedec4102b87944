/**
 * `npm run bench:load`: the load and failure suite (issue 21.5; not part of `npm test`).
 *
 * 1. A private embedded PostgreSQL in a temporary folder, migrated; one API token per role; a local Security Hub
 *    (tests/aws/fake-aws.ts) that gains 5 findings every 10 s.
 * 2. Two console processes started as `npm start` starts one (scripts/start.ts: Next.js and its worker), on one
 *    database, each with the findings source: two consumers of every durable queue.
 * 3. BENCH_LOAD_USERS (200) simulated users for BENCH_LOAD_SECONDS (300), spread over both consoles: commanders
 *    (reads, notes), legal (review queue, obligations, notices, timeline), engineers (tasks, findings, notes) and
 *    executives (incident reads, each holding a live stream of an incident that reconnects with Last-Event-ID, as
 *    a browser's EventSource does), each pausing 1–3 s between requests.
 * 4. At 60 % of the run PostgreSQL is stopped for BENCH_LOAD_OUTAGE_SECONDS (10), then started again on the same
 *    port and data: the consoles must recover without a restart.
 * 5. Reported: error rate outside the outage (target 0), p50/p95 per route, RSS per process over time (flat), time
 *    for each console to answer again after the database is back, live streams (gaps in the sequence each received:
 *    target 0), acknowledged notes missing from the database on recount (target 0), findings synced after the
 *    restart vs published (all, once each: the sync resumed from its watermark).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { findFreePort, startEmbeddedPostgres, type TEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { fakeFinding, startFakeAws, type TFakeAws } from "../tests/aws/fake-aws";
import { demoSecurityHubFindings } from "./lib/demo";

const USERS = Number(process.env.BENCH_LOAD_USERS ?? 200);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 300);
const OUTAGE_SECONDS = Number(process.env.BENCH_LOAD_OUTAGE_SECONDS ?? 10);
const INCIDENTS = 20;
const FINDINGS_EVERY_MS = 10_000;
const FINDINGS_PER_TICK = 5;
const HARD_LIMIT_MS = (SECONDS + 600) * 1000;
const ROOT = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[bench:load] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const percentile = (sorted: readonly number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

type TRole = "commander" | "legal" | "engineer" | "exec";
type TSample = { route: string; console: number; at: number; ms: number; ok: boolean; status: number };
type TConsole = { index: number; url: string; child: ChildProcess };

// ───────────────────────────── the consoles ─────────────────────────────

function ensureBuild() {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  log("no build found: running `npm run build` first");
  const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) throw new Error("the build failed");
}

async function startConsole(index: number, env: Record<string, string>, logFile: string): Promise<TConsole> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    detached: true, // its own process group: the launcher, Next.js and the worker stop together
    stdio: ["ignore", openSync(logFile, "a"), openSync(logFile, "a")],
    env: { ...process.env, ...env, PORT: String(port), NEXTAUTH_URL: url, BREACHDESK_SKIP_BUILD: "1", BREACHDESK_WORKER: "1", NODE_OPTIONS: "" },
  });
  const deadline = Date.now() + 120_000;
  while (!(await fetch(`${url}/api/health`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`console ${index} exited with ${child.exitCode} while starting`);
    if (Date.now() > deadline) throw new Error(`console ${index} did not answer within 120 s`);
    await sleep(500);
  }
  return { index, url, child };
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** RSS (MB) of each process in a console's process group, by a short name: launcher, next-server, worker. */
function groupMemory(pgid: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // field 5 of stat: the process group
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      const name = /scripts\/worker\.ts/.test(cmd) ? "worker" : /scripts\/start\.ts/.test(cmd) ? "launcher" : /next/.test(cmd) ? "next-server" : "other";
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
      out[name] = (out[name] ?? 0) + Math.round(rss);
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

// ───────────────────────────── the simulated users ─────────────────────────────

type TRun = { consoles: TConsole[]; tokens: Record<TRole, string>; incidents: string[]; until: number; samples: TSample[]; ackedNotes: string[] };

async function call(run: TRun, c: TConsole, role: TRole, route: string, method: string, pathname: string, body?: unknown): Promise<unknown> {
  const t0 = performance.now();
  const at = Date.now();
  let status = 0;
  let json: unknown = null;
  try {
    const response = await fetch(`${c.url}${pathname}`, {
      method,
      headers: { authorization: `Bearer ${run.tokens[role]}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    status = response.status;
    const text = await response.text();
    json = text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : null;
  } catch {
    status = 0;
  }
  run.samples.push({ route, console: c.index, at, ms: performance.now() - t0, ok: status >= 200 && status < 300, status });
  return status >= 200 && status < 300 ? json : null;
}

const ACTIONS: Record<TRole, ((run: TRun, c: TConsole, id: string) => Promise<unknown>)[]> = {
  commander: [
    (run, c) => call(run, c, "commander", "GET /api/incidents", "GET", "/api/incidents"),
    (run, c, id) => call(run, c, "commander", "GET /api/incidents/{id}", "GET", `/api/incidents/${id}`),
    (run, c, id) => call(run, c, "commander", "GET /api/incidents/{id}/obligations", "GET", `/api/incidents/${id}/obligations`),
    (run, c, id) => note(run, c, "commander", id),
  ],
  legal: [
    (run, c) => call(run, c, "legal", "GET /api/notices/reviews", "GET", "/api/notices/reviews"),
    (run, c, id) => call(run, c, "legal", "GET /api/incidents/{id}/obligations", "GET", `/api/incidents/${id}/obligations`),
    (run, c, id) => call(run, c, "legal", "GET /api/incidents/{id}/notices", "GET", `/api/incidents/${id}/notices`),
    (run, c, id) => call(run, c, "legal", "GET /api/incidents/{id}/timeline", "GET", `/api/incidents/${id}/timeline`),
  ],
  engineer: [
    (run, c, id) => call(run, c, "engineer", "GET /api/incidents/{id}/tasks", "GET", `/api/incidents/${id}/tasks`),
    (run, c) => call(run, c, "engineer", "GET /api/findings", "GET", "/api/findings"),
    (run, c, id) => call(run, c, "engineer", "GET /api/incidents/{id}/timeline", "GET", `/api/incidents/${id}/timeline`),
    (run, c, id) => note(run, c, "engineer", id),
  ],
  exec: [
    (run, c) => call(run, c, "exec", "GET /api/incidents", "GET", "/api/incidents"),
    (run, c, id) => call(run, c, "exec", "GET /api/incidents/{id}", "GET", `/api/incidents/${id}`),
  ],
};

async function note(run: TRun, c: TConsole, role: TRole, id: string) {
  const answer = (await call(run, c, role, "POST /api/incidents/{id}/notes", "POST", `/api/incidents/${id}/notes`, { text: `load note ${randomBytes(6).toString("hex")}` })) as { event?: { id: string } } | null;
  // Acknowledged: the console answered 2xx with the event's id. Every one of these must be in the database at the end.
  if (answer?.event?.id) run.ackedNotes.push(answer.event.id);
}

type TStream = { incidentId: string; console: number; seqs: Set<number>; first: number | null; reconnects: number };

/** A live stream held like a browser's EventSource: on any end it reconnects after 1 s with Last-Event-ID. */
async function holdStream(run: TRun, c: TConsole, stream: TStream, stop: AbortSignal) {
  while (!stop.aborted) {
    const last = stream.seqs.size ? Math.max(...stream.seqs) : null;
    try {
      const response = await fetch(`${c.url}/api/incidents/${stream.incidentId}/events`, {
        headers: { authorization: `Bearer ${run.tokens.exec}`, accept: "text/event-stream", ...(last !== null ? { "last-event-id": String(last) } : {}) },
        signal: stop,
      });
      if (response.ok && response.body) {
        const decoder = new TextDecoder();
        let buffered = "";
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffered += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffered.indexOf("\n\n")) >= 0) {
            const frame = buffered.slice(0, end);
            buffered = buffered.slice(end + 2);
            const id = /^id: ?(\d+)$/m.exec(frame)?.[1];
            if (id) {
              stream.first ??= Number(id);
              stream.seqs.add(Number(id));
            }
          }
        }
      }
    } catch {
      // the connection broke (the database or the console went away): reconnect below
    }
    if (stop.aborted) break;
    stream.reconnects += 1;
    await sleep(1_000);
  }
}

async function simulatedUser(run: TRun, n: number, role: TRole, streams: TStream[], stop: AbortSignal) {
  const c = run.consoles[n % run.consoles.length]!;
  const id = run.incidents[n % run.incidents.length]!;
  if (role === "exec") {
    const stream: TStream = { incidentId: id, console: c.index, seqs: new Set(), first: null, reconnects: -1 };
    streams.push(stream);
    void holdStream(run, c, stream, stop);
  }
  await sleep(Math.random() * 3_000); // users arrive over the first seconds, not all at once
  while (Date.now() < run.until) {
    await pick(ACTIONS[role])(run, c, pick(run.incidents));
    await sleep(1_000 + Math.random() * 2_000);
  }
}

const countBy = (values: number[]) => values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});
const roleOf = (n: number): TRole => (["commander", "legal", "engineer", "engineer", "exec"] as const)[n % 5]!;

// ───────────────────────────── the run ─────────────────────────────

async function main() {
  ensureBuild();
  const tempDir = await mkdtemp(path.join(os.tmpdir(), "breachdesk-bench-load-"));
  let database: TEmbeddedPostgres | undefined;
  let aws: TFakeAws | undefined;
  const consoles: TConsole[] = [];
  const cleanup = async () => {
    for (const c of consoles) stopGroup(c.child, "SIGTERM");
    await sleep(3_000);
    for (const c of consoles) stopGroup(c.child, "SIGKILL");
    await aws?.close().catch(() => undefined);
    await database?.stop().catch(() => undefined);
    await rm(tempDir, { recursive: true, force: true });
  };
  const hardLimit = setTimeout(() => void cleanup().finally(() => process.exit(2)), HARD_LIMIT_MS);
  process.once("SIGINT", () => void cleanup().finally(() => process.exit(130)));
  try {
    database = await startEmbeddedPostgres({ dataDir: tempDir });
    const databaseUrl = database.url;
    const port = Number(new URL(databaseUrl).port);
    await applyMigrations(databaseUrl);
    process.env.DATABASE_URL = databaseUrl;
    const { insertApiToken } = await import("@/lib/tokens/service");
    const { insertUser } = await import("@/lib/users/service");
    const { disconnectDb } = await import("@/lib/db");
    const commander = await insertUser({ email: "load-commander@example.com", name: "Load Commander", password: randomBytes(16).toString("hex"), roles: ["commander"] });
    const tokens = {} as Record<TRole, string>;
    for (const role of ["commander", "legal", "engineer", "exec"] as const) tokens[role] = (await insertApiToken({ name: `load ${role}`, roles: [role] }, null)).secret;
    await disconnectDb();

    aws = await startFakeAws();
    const base = demoSecurityHubFindings()[0]!;
    let published = 0;
    const publish = () => {
      for (let i = 0; i < FINDINGS_PER_TICK; i += 1) aws!.findings.push(fakeFinding(base, published++, new Date().toISOString()));
    };
    publish();
    const publisher = setInterval(publish, FINDINGS_EVERY_MS);

    const env = {
      DATABASE_URL: databaseUrl,
      BREACHDESK_DATA_KEY: randomBytes(32).toString("base64"),
      BREACHDESK_AWS_SOURCES: "securityhub:us-east-1",
      AWS_ENDPOINT_URL_SECURITYHUB: aws.url,
      AWS_ACCESS_KEY_ID: "AKIALOADLOADLOAD0001",
      AWS_SECRET_ACCESS_KEY: "load-secret",
      AWS_REGION: "us-east-1",
      BREACHDESK_INVENTORY_INTERVAL_HOURS: "0",
    };
    log("starting two consoles (each with its worker) on one database");
    const logFiles = [1, 2].map((n) => path.join(tempDir, `console-${n}.log`));
    consoles.push(...(await Promise.all([startConsole(1, env, logFiles[0]!), startConsole(2, env, logFiles[1]!)])));

    const incidents: string[] = [];
    for (let i = 0; i < INCIDENTS; i += 1) {
      const response = await fetch(`${consoles[i % 2]!.url}/api/incidents`, {
        method: "POST",
        headers: { authorization: `Bearer ${tokens.commander}`, "content-type": "application/json" },
        body: JSON.stringify({ title: `Load incident ${i + 1}`, severity: pick(["medium", "high", "critical"]), commanderId: commander.id }),
      });
      if (response.status !== 201) throw new Error(`declaring answered ${response.status}: ${await response.text()}`);
      incidents.push(((await response.json()) as { incident: { id: string } }).incident.id);
    }

    const start = Date.now();
    const run: TRun = { consoles, tokens, incidents, until: start + SECONDS * 1000, samples: [], ackedNotes: [] };
    const stop = new AbortController();
    const streams: TStream[] = [];
    const memory: { at: number; byConsole: Record<string, number>[] }[] = [];
    const sampleMemory = () => memory.push({ at: Date.now() - start, byConsole: consoles.map((c) => groupMemory(c.child.pid!)) });
    sampleMemory();
    const memoryTimer = setInterval(sampleMemory, 15_000);
    log(`${USERS} simulated users for ${SECONDS} s; PostgreSQL stopped at ${Math.round(SECONDS * 0.6)} s for ${OUTAGE_SECONDS} s`);
    const users = Array.from({ length: USERS }, (_, n) => simulatedUser(run, n, roleOf(n), streams, stop.signal));

    await sleep(SECONDS * 600);
    const outageStart = Date.now();
    log("stopping PostgreSQL under load");
    await database.stop();
    await sleep(OUTAGE_SECONDS * 1000);
    database = await startEmbeddedPostgres({ dataDir: tempDir, port });
    const outageEnd = Date.now();
    log(`PostgreSQL back after ${((outageEnd - outageStart) / 1000).toFixed(1)} s`);

    await Promise.all(users);
    clearInterval(memoryTimer);
    sampleMemory();
    await sleep(3_000); // the last notes reach the streams
    stop.abort();
    clearInterval(publisher);

    // ── recount and the sync after the restart ──
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const found = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM timeline_events WHERE id = ANY($1::uuid[])", [run.ackedNotes]);
    const missingNotes = run.ackedNotes.length - found.rows[0]!.n;
    let stored = { total: 0, distinct: 0 };
    const syncDeadline = Date.now() + 150_000; // the sync runs once a minute
    for (;;) {
      const r = await client.query<{ total: number; distinct: number }>("SELECT count(*)::int AS total, count(DISTINCT (product_arn, aws_id))::int AS distinct FROM findings");
      stored = r.rows[0]!;
      if (stored.distinct >= published || Date.now() > syncDeadline) break;
      await sleep(5_000);
    }
    const gaps: number[] = [];
    for (const s of streams) {
      if (s.first === null) {
        gaps.push(-1);
        continue;
      }
      const expected = await client.query<{ sequence: number }>("SELECT sequence FROM timeline_events WHERE incident_id = $1 AND sequence >= $2 ORDER BY sequence", [s.incidentId, s.first]);
      gaps.push(expected.rows.filter((row) => !s.seqs.has(row.sequence)).length);
    }
    await client.end();

    // ── figures ──
    const recoveredAt = consoles.map((c) => run.samples.filter((s) => s.console === c.index && s.ok && s.at >= outageEnd).reduce((min, s) => Math.min(min, s.at), Infinity));
    const inOutage = (s: TSample) => s.at >= outageStart && s.at < recoveredAt[s.console - 1]!;
    const steady = run.samples.filter((s) => !inOutage(s));
    const steadyErrors = steady.filter((s) => !s.ok);
    const routes = [...new Set(run.samples.map((s) => s.route))].sort();
    console.log("");
    console.log(`bench:load — ${new Date().toISOString()}`);
    console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at the end`);
    console.log(`${USERS} users × ${SECONDS} s on 2 consoles; ${run.samples.length} requests; PostgreSQL down ${((outageEnd - outageStart) / 1000).toFixed(1)} s`);
    console.log("");
    console.log("| route | requests | errors outside the outage | p50 | p95 | p99 |");
    console.log("|---|---|---|---|---|---|");
    for (const route of routes) {
      const mine = steady.filter((s) => s.route === route);
      const times = mine.map((s) => s.ms).sort((a, b) => a - b);
      console.log(`| ${route} | ${mine.length} | ${mine.filter((s) => !s.ok).length} | ${percentile(times, 50).toFixed(0)} ms | ${percentile(times, 95).toFixed(0)} ms | ${percentile(times, 99).toFixed(0)} ms |`);
    }
    console.log("");
    const errorRate = steady.length ? steadyErrors.length / steady.length : 0;
    console.log(`error rate outside the outage: ${(errorRate * 100).toFixed(3)} % (${steadyErrors.length} of ${steady.length}; target 0)${steadyErrors.length ? ` — statuses ${JSON.stringify(countBy(steadyErrors.map((s) => s.status)))}` : ""}`);
    console.log(`requests refused while the database was away: ${run.samples.length - steady.length}`);
    console.log(`answering again after the database came back: ${recoveredAt.map((at, i) => `console ${i + 1} ${Number.isFinite(at) ? `${((at - outageEnd) / 1000).toFixed(1)} s` : "NEVER"}`).join(", ")} (no restart)`);
    console.log(`acknowledged notes: ${run.ackedNotes.length}; missing on recount: ${missingNotes} (target 0)`);
    console.log(`live streams: ${streams.length}; reconnects ${streams.reduce((n, s) => n + Math.max(0, s.reconnects), 0)}; events missed after resuming: ${gaps.filter((g) => g > 0).reduce((a, b) => a + b, 0)} (target 0); streams that never opened: ${gaps.filter((g) => g < 0).length}`);
    const levels = logFiles.map((file) => {
      const lines = readFileSync(file, "utf8").split("\n");
      return `console ${logFiles.indexOf(file) + 1}: ${lines.filter((l) => l.includes('"level":"error"')).length} error, ${lines.filter((l) => l.includes('"level":"warn"')).length} warn`;
    });
    console.log(`log lines (their own files, not shown): ${levels.join("; ")}`);
    console.log(`findings: published ${published}, stored ${stored.distinct} distinct in ${stored.total} rows after the restart (target: all, once each)`);
    console.log("");
    console.log("| minute | " + consoles.map((c) => `console ${c.index}: next-server / worker / launcher MB`).join(" | ") + " |");
    console.log("|---|" + consoles.map(() => "---|").join(""));
    for (const m of memory.filter((_, i) => i % 4 === 0 || i === memory.length - 1)) {
      console.log(`| ${(m.at / 60_000).toFixed(1)} | ` + m.byConsole.map((b) => `${b["next-server"] ?? "?"} / ${b.worker ?? "?"} / ${b.launcher ?? "?"}`).join(" | ") + " |");
    }
  } finally {
    clearTimeout(hardLimit);
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
