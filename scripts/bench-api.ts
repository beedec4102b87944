/**
 * `npm run bench:api`: the console's read paths, live delivery and timeline verification under load.
 *
 * 1. A private embedded PostgreSQL in a temporary folder, migrations, then a seed written straight with multi-row
 *    INSERTs: 10,000 incidents and 1,000,000 timeline events with valid hash chains (one incident holds 100,000
 *    events, the others about 90 each), one admin user and an admin API token.
 * 2. The built console (`next build` first when there is no build) started with `next start` on a free
 *    loopback port.
 * 3. Baselines in the same run: a plain Node `http` server answering the same small JSON, and the console's emptiest
 *    route handler (GET /api/health/live: the route wrapper, no database), each at 10 and 50 clients.
 * 4. 10 and 50 concurrent clients for a bounded time per endpoint (BENCH_SECONDS, default 20, after a 2 s warm-up):
 *    GET /api/incidents (first page or a cursor), GET /api/incidents/{id}, GET /api/incidents/{id}/timeline?cursor=…
 *    → p50/p95/p99 and throughput as a share of the empty route's at the same client count (target ≥ 60 %), and
 *    the CPU each request cost the server's process tree, PostgreSQL and the load generator (read from /proc).
 * 5. 200 SSE clients on /api/incidents/{id}/events; 20 notes POSTed half a second apart; the delay from the
 *    moment each POST is sent to the moment the note arrives at each client → p50/p99.
 * 6. GET /api/incidents/{big}/timeline/verify of the 100,000-event timeline, three times.
 *
 * Everything is on 127.0.0.1, bounded in time, and cleaned up (server, database, folder) at the end or on Ctrl-C.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { findFreePort, startEmbeddedPostgres, type TEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { GENESIS_HASH, hashTimelineEvent } from "@/lib/timeline/hash-chain";
import { ownCpuMs, postgresCpuMs, processTreeCpuMs } from "./lib/proc-cpu";

const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const BIG_TIMELINE = Number(process.env.BENCH_BIG_TIMELINE ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = 2;
const CLIENT_COUNTS = [10, 50] as const;
const SSE_CLIENTS = 200;
const WRITES = 20;
const WRITE_INTERVAL_MS = 500;
const INSERT_BATCH = 10_000;
const HARD_LIMIT_MS = 20 * 60_000; // the whole run stops by itself, whatever happens

const ROOT = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[bench:api] ${line}`);

let seed = 0x5eed;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

// ───────────────────────────── seed ─────────────────────────────

type TSeed = { adminId: string; token: string; incidentIds: string[]; eventCounts: number[] };

const SEVERITIES = ["low", "medium", "high", "critical"] as const;
const STATUSES = ["triage", "investigating", "contained", "eradicated", "recovered", "closed"] as const;
const NOTE_WORDS = ["S3", "bucket", "IAM", "role", "exfiltration", "CloudTrail", "rotated", "keys", "customer", "records", "legal", "notified", "contained", "GuardDuty"];

async function seedDatabase(url: string): Promise<TSeed> {
  const client = new pg.Client({ connectionString: url, application_name: "bench-seed" });
  await client.connect();
  try {
    // Superuser session: skip the per-row triggers (pg_notify for a million rows, FK checks) while seeding.
    await client.query("SET session_replication_role = replica");
    await client.query("SET synchronous_commit = off");
    const adminId = randomUUID();
    const adminName = "Bench Admin";
    await client.query(
      `INSERT INTO users (id, email, name, roles, updated_at) VALUES ($1, 'bench@example.com', $2, '{admin}', now())`,
      [adminId, adminName],
    );
    await client.query(`INSERT INTO instance_setup (id, admin_user_id) VALUES (1, $1)`, [adminId]);
    const token = "bd_" + randomBytes(32).toString("base64url");
    await client.query(
      `INSERT INTO api_tokens (id, name, token_hash, prefix, roles, created_by_id) VALUES ($1, 'bench', $2, $3, '{admin}', $4)`,
      [randomUUID(), createHash("sha256").update(token, "utf8").digest("hex"), token.slice(0, 9), adminId],
    );

    // Incidents, declared over the last two years.
    const now = Date.now();
    const incidentIds = Array.from({ length: INCIDENTS }, () => randomUUID());
    const declaredAt = incidentIds.map(() => now - Math.floor(random() * 2 * 365 * 86_400_000));
    const severity = incidentIds.map(() => pick(SEVERITIES));
    const titles = incidentIds.map((_, i) => `Bench incident ${i + 1}: exposed ${pick(NOTE_WORDS)} ${pick(NOTE_WORDS)}`);
    for (let start = 0; start < INCIDENTS; start += INSERT_BATCH) {
      const end = Math.min(INCIDENTS, start + INSERT_BATCH);
      await client.query(
        `INSERT INTO incidents (id, title, severity, status, summary, commander_id, declared_by_id, declared_at, updated_at)
         SELECT id, title, severity::"Severity", status::"IncidentStatus", 'Seeded by bench:api', $5, $5, declared_at, declared_at
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $6::timestamptz[]) AS t(id, title, severity, status, declared_at)`,
        [
          incidentIds.slice(start, end),
          titles.slice(start, end),
          severity.slice(start, end),
          incidentIds.slice(start, end).map(() => pick(STATUSES)),
          adminId,
          declaredAt.slice(start, end).map((t) => new Date(t).toISOString()),
        ],
      );
    }

    // Events: incident 0 gets the big timeline, the rest share the remainder evenly.
    const rest = Math.max(0, EVENTS - BIG_TIMELINE);
    const others = INCIDENTS - 1;
    const eventCounts = incidentIds.map((_, i) =>
      i === 0 ? Math.min(EVENTS, BIG_TIMELINE) : Math.floor(rest / others) + (i - 1 < rest % others ? 1 : 0),
    );

    const columns = {
      id: [] as string[],
      incidentId: [] as string[],
      sequence: [] as number[],
      kind: [] as string[],
      occurredAt: [] as string[],
      recordedAt: [] as string[],
      payload: [] as string[],
      prevHash: [] as string[],
      hash: [] as string[],
    };
    let pending: Promise<unknown> = Promise.resolve();
    let written = 0;
    const startedAt = performance.now();
    const flush = async () => {
      const batch = { ...columns };
      for (const key of Object.keys(columns) as (keyof typeof columns)[]) (columns[key] as unknown[]) = [];
      await pending; // one INSERT in flight while the next batch is hashed
      pending = client.query(
        `INSERT INTO timeline_events (id, incident_id, sequence, kind, occurred_at, recorded_at, actor_user_id, actor_token_id,
                                      actor_label, payload, prev_hash, hash)
         SELECT id, incident_id, sequence, kind, occurred_at, recorded_at, $10, NULL, $11, payload, prev_hash, hash
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::jsonb[],
                       $8::text[], $9::text[]) AS t(id, incident_id, sequence, kind, occurred_at, recorded_at, payload, prev_hash, hash)`,
        [batch.id, batch.incidentId, batch.sequence, batch.kind, batch.occurredAt, batch.recordedAt, batch.payload, batch.prevHash, batch.hash, adminId, adminName],
      );
      written += batch.id.length;
      if (written % 200_000 < INSERT_BATCH && written >= INSERT_BATCH * 2) log(`  ${written.toLocaleString("en")} events (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
    };

    for (let i = 0; i < INCIDENTS; i += 1) {
      const incidentId = incidentIds[i]!;
      let prevHash = GENESIS_HASH;
      let at = declaredAt[i]!;
      const spacing = Math.max(1, Math.floor((now - at) / Math.max(1, eventCounts[i]!) / 2));
      for (let sequence = 1; sequence <= eventCounts[i]!; sequence += 1) {
        const kind = sequence === 1 ? "incident.declared" : "note.added";
        const payload =
          sequence === 1
            ? { title: titles[i]!, severity: severity[i]!, summary: "Seeded by bench:api", commander: { id: adminId, name: adminName } }
            : { text: `${pick(NOTE_WORDS)} ${pick(NOTE_WORDS)} ${pick(NOTE_WORDS)} ${pick(NOTE_WORDS)} #${sequence}`, backdateReason: null, corrects: null };
        const occurredAt = new Date(at);
        const recordedAt = new Date(at + 1_000);
        const hash = hashTimelineEvent({
          incidentId,
          sequence,
          kind,
          occurredAt,
          recordedAt,
          actorUserId: adminId,
          actorTokenId: null,
          actorLabel: adminName,
          payload,
          prevHash,
        });
        columns.id.push(randomUUID());
        columns.incidentId.push(incidentId);
        columns.sequence.push(sequence);
        columns.kind.push(kind);
        columns.occurredAt.push(occurredAt.toISOString());
        columns.recordedAt.push(recordedAt.toISOString());
        columns.payload.push(JSON.stringify(payload));
        columns.prevHash.push(prevHash);
        columns.hash.push(hash);
        prevHash = hash;
        at += spacing;
        if (columns.id.length === INSERT_BATCH) await flush();
      }
    }
    if (columns.id.length > 0) await flush();
    await pending;
    await client.query("ANALYZE");
    return { adminId, token, incidentIds, eventCounts };
  } finally {
    await client.end();
  }
}

// ───────────────────────────── HTTP ─────────────────────────────

type TResponse = { status: number; body: string };

function request(agent: http.Agent, port: number, token: string, method: string, url: string, body?: unknown): Promise<TResponse> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path: url,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          accept: "application/json",
          ...(data ? { "content-type": "application/json", "content-length": Buffer.byteLength(data) } : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("request timed out")));
    req.on("error", reject);
    req.end(data);
  });
}

/** CPU µs per measured request in the server (its whole process tree), PostgreSQL and this process (the load generator). */
type TCpuPerRequest = { server: number; postgres: number; client: number };

type TLoadResult = {
  name: string;
  clients: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  cpu: TCpuPerRequest;
};

/** Where the CPU of a measure goes: the server's process tree and PostgreSQL's, read from /proc, and this process's. */
type TCpuMeter = { serverPid: number; postgresDataDir: string };

function cpuSample(meter: TCpuMeter): TCpuPerRequest {
  return { server: processTreeCpuMs(meter.serverPid), postgres: postgresCpuMs(meter.postgresDataDir), client: ownCpuMs() };
}

async function load(name: string, clients: number, port: number, token: string, nextUrl: () => string, meter: TCpuMeter): Promise<TLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  const warmUntil = performance.now() + WARMUP_SECONDS * 1000;
  const endAt = warmUntil + SECONDS * 1000;
  let cpuAtStart: TCpuPerRequest | undefined;
  const startCpu = setTimeout(() => (cpuAtStart = cpuSample(meter)), WARMUP_SECONDS * 1000);
  let firstError: string | null = null;
  const client = async () => {
    for (;;) {
      const started = performance.now();
      if (started >= endAt) return;
      let ok = false;
      try {
        const response = await request(agent, port, token, "GET", nextUrl());
        ok = response.status === 200;
        if (!ok) firstError ??= `${response.status} ${response.body.slice(0, 200)}`;
      } catch (error) {
        firstError ??= String(error);
      }
      const finished = performance.now();
      if (started >= warmUntil) {
        if (ok) latencies.push(finished - started);
        else errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  clearTimeout(startCpu);
  const cpuAtEnd = cpuSample(meter);
  agent.destroy();
  if (firstError) log(`  ${name}: first error: ${firstError}`);
  latencies.sort((a, b) => a - b);
  return {
    name,
    clients,
    requests: latencies.length,
    errors,
    rps: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    cpu: perRequest(cpuAtStart ?? cpuAtEnd, cpuAtEnd, latencies.length + errors),
  };
}

function perRequest(start: TCpuPerRequest, end: TCpuPerRequest, requests: number): TCpuPerRequest {
  const us = (ms: number) => (requests > 0 ? Math.round((ms * 1000) / requests) : 0);
  return { server: us(end.server - start.server), postgres: us(end.postgres - start.postgres), client: us(end.client - start.client) };
}

/** 200 SSE clients on one incident; returns the delay from each POST to its arrival at each client. */
async function liveDelivery(port: number, token: string, incidentId: string, lastSequence: number) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: SSE_CLIENTS + 10 });
  const arrivals = new Map<string, number[]>(); // note text → arrival times (one per client)
  const requests: http.ClientRequest[] = [];
  let connected = 0;
  await Promise.all(
    Array.from(
      { length: SSE_CLIENTS },
      () =>
        new Promise<void>((resolve, reject) => {
          const req = http.get(
            {
              host: "127.0.0.1",
              port,
              path: `/api/incidents/${incidentId}/events?after=${lastSequence}`,
              agent,
              headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" },
            },
            (res) => {
              if (res.statusCode !== 200) return reject(new Error(`SSE answered ${res.statusCode}`));
              res.setEncoding("utf8");
              let buffer = "";
              let ready = false;
              res.on("data", (chunk: string) => {
                const now = performance.now();
                buffer += chunk;
                let end: number;
                while ((end = buffer.indexOf("\n\n")) >= 0) {
                  const message = buffer.slice(0, end);
                  buffer = buffer.slice(end + 2);
                  if (!ready && message.includes(": connected")) {
                    ready = true;
                    connected += 1;
                    resolve();
                  }
                  const data = message.split("\n").find((line) => line.startsWith("data: "));
                  if (!data || !message.includes("event: timeline")) continue;
                  const event = JSON.parse(data.slice(6)) as { payload?: { text?: string } };
                  const text = event.payload?.text;
                  if (text) {
                    const list = arrivals.get(text) ?? [];
                    list.push(now);
                    arrivals.set(text, list);
                  }
                }
              });
              res.on("error", () => undefined);
            },
          );
          req.on("error", (error) => {
            if (!req.destroyed) reject(error);
          });
          requests.push(req);
        }),
    ),
  );
  log(`  ${connected} SSE clients connected`);
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // let every stream finish subscribing

  const writeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sentAt = new Map<string, number>();
  const writeLatencies: number[] = [];
  for (let i = 0; i < WRITES; i += 1) {
    const text = `bench live write ${i} ${randomUUID()}`;
    const started = performance.now();
    sentAt.set(text, started);
    const response = await request(writeAgent, port, token, "POST", `/api/incidents/${incidentId}/notes`, { text });
    writeLatencies.push(performance.now() - started);
    if (response.status !== 201 && response.status !== 200) throw new Error(`POST note answered ${response.status}: ${response.body.slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, WRITE_INTERVAL_MS));
  }
  // Wait (bounded) for the last deliveries.
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && [...sentAt.keys()].some((text) => (arrivals.get(text)?.length ?? 0) < connected)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const req of requests) req.destroy();
  agent.destroy();
  writeAgent.destroy();

  const delays: number[] = [];
  let missing = 0;
  for (const [text, started] of sentAt) {
    const got = arrivals.get(text) ?? [];
    missing += Math.max(0, connected - got.length);
    for (const at of got) delays.push(at - started);
  }
  delays.sort((a, b) => a - b);
  writeLatencies.sort((a, b) => a - b);
  return {
    clients: connected,
    writes: WRITES,
    deliveries: delays.length,
    missing,
    p50: percentile(delays, 50),
    p99: percentile(delays, 99),
    max: delays.at(-1) ?? NaN,
    writeP50: percentile(writeLatencies, 50),
  };
}

// ───────────────────────────── server ─────────────────────────────

/**
 * BENCH_EXPLAIN=1: EXPLAIN (ANALYZE, BUFFERS) of the SQL behind the three reads, on the seeded data, before the
 * load runs (the statements the read paths send, written out by hand with sample ids).
 */
async function explainReads(url: string, seeded: TSeed) {
  const client = new pg.Client({ connectionString: url, application_name: "bench-explain" });
  await client.connect();
  try {
    const id = seeded.incidentIds[1]!;
    const cursorId = seeded.incidentIds[Math.floor(seeded.incidentIds.length / 2)]!;
    const statements: [string, string, unknown[]][] = [
      ["incident list, first page", `SELECT id, reference, title, severity, status, declared_at, updated_at, commander_id FROM incidents ORDER BY declared_at DESC, id DESC LIMIT 51`, []],
      [
        "incident list, after a cursor",
        `SELECT id, reference, title FROM incidents WHERE (declared_at, id) < (SELECT declared_at, id FROM incidents WHERE id = $1) ORDER BY declared_at DESC, id DESC LIMIT 51`,
        [cursorId],
      ],
      ["incident by id", `SELECT id, title, restricted, commander_id FROM incidents WHERE id = $1`, [id]],
      ["last sequence", `SELECT sequence FROM timeline_events WHERE incident_id = $1 ORDER BY sequence DESC LIMIT 1`, [id]],
      [
        "timeline page (cursor)",
        `SELECT id, sequence, kind, occurred_at, recorded_at, actor_label, actor_user_id, actor_token_id, payload, hash FROM timeline_events WHERE incident_id = $1 AND sequence < $2 ORDER BY sequence DESC LIMIT 101`,
        [seeded.incidentIds[0]!, Math.floor(seeded.eventCounts[0]! / 2)],
      ],
      // Issue 21 point 3: the search as lib/incidents/read-queries.ts builds it for a non-administrator (visibility
      // in the WHERE, before the LIMIT), the bulk-send claim (lib/notices/outbox.ts) and the reminders scan.
      [
        "incident search ?q=exfiltration (non-admin)",
        `SELECT i.id, i.reference, i.title FROM incidents i JOIN users c ON c.id = i.commander_id
          WHERE (NOT i.restricted OR i.commander_id = $2::uuid OR EXISTS (SELECT 1 FROM incident_members vm WHERE vm.incident_id = i.id AND vm.user_id = $2::uuid))
            AND i.id IN (SELECT id FROM incidents WHERE title ILIKE $1
                         UNION SELECT id FROM incidents WHERE summary ILIKE $1
                         UNION SELECT incident_id FROM timeline_events WHERE kind IN ('note.added', 'decision.recorded') AND payload->>'text' ILIKE $1
                         UNION SELECT incident_id FROM timeline_events WHERE kind IN ('note.added', 'decision.recorded') AND payload->>'rationale' ILIKE $1)
          ORDER BY i.declared_at DESC, i.id DESC LIMIT 51`,
        ["%exfiltration%", randomUUID()],
      ],
      [
        "incident search ?q=zz-no-match (non-admin)",
        `SELECT i.id FROM incidents i
          WHERE NOT i.restricted
            AND i.id IN (SELECT id FROM incidents WHERE title ILIKE $1
                         UNION SELECT id FROM incidents WHERE summary ILIKE $1
                         UNION SELECT incident_id FROM timeline_events WHERE kind IN ('note.added', 'decision.recorded') AND payload->>'text' ILIKE $1
                         UNION SELECT incident_id FROM timeline_events WHERE kind IN ('note.added', 'decision.recorded') AND payload->>'rationale' ILIKE $1)
          ORDER BY i.declared_at DESC, i.id DESC LIMIT 51`,
        ["%zzqx-no-match%"],
      ],
      [
        "bulk-send claim",
        `SELECT id FROM notice_recipients WHERE send_id = $1::uuid
            AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - make_interval(secs => 60)))
          ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [randomUUID()],
      ],
      [
        "reminders scan",
        `SELECT o.id FROM obligations o JOIN incidents i ON i.id = o.incident_id
          WHERE o.applies = 'yes' AND o.met_at IS NULL AND o.retired_at IS NULL AND o.due_at IS NOT NULL AND i.status <> 'closed'`,
        [],
      ],
    ];
    // As autovacuum would after a bulk load: statistics, and the GIN pending lists merged (else costed as full reads).
    await client.query("VACUUM ANALYZE incidents, timeline_events, notice_recipients, obligations");
    for (const [name, sql, params] of statements) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(`[bench:api] EXPLAIN ${name}\n${rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n")}`);
    }
  } finally {
    await client.end();
  }
}

/** The floor under every figure: Node's own HTTP server, in a child process like the console, answering the liveness JSON. */
async function startPlainServer(): Promise<{ port: number; pid: number; close: () => void }> {
  const port = await findFreePort();
  const source = `require("node:http").createServer((q, s) => { s.writeHead(200, { "content-type": "application/json" }); s.end('{"status":"ok"}'); }).listen(${port}, "127.0.0.1", () => process.send("ready"));`;
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`the plain server exited with ${code}`)));
  });
  return { port, pid: child.pid!, close: () => child.kill("SIGTERM") };
}

async function startConsole(databaseUrl: string, token: string): Promise<{ child: ChildProcess; port: number }> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    log("no build found: running `npm run build`");
    const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  const port = await findFreePort();
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  // BENCH_CPU_PROF_DIR: the console writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true, // its own process group: `next start` forks the server, and both must stop
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: "",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: "warn",
      PORT: String(port),
    },
  });
  const agent = new http.Agent({ keepAlive: false });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await request(agent, port, token, "GET", "/api/health");
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the console did not become healthy within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { child, port };
}

// ───────────────────────────── main ─────────────────────────────

async function main() {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), "breachdesk-bench-api-"));
  let database: TEmbeddedPostgres | undefined;
  let server: ChildProcess | undefined;
  const cleanup = async () => {
    if (server && server.exitCode === null) {
      const group = -server.pid!;
      process.kill(group, "SIGTERM");
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 5_000);
        server!.once("exit", () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
      try {
        process.kill(group, "SIGKILL"); // whatever is left of the group
      } catch {
        // already gone
      }
    }
    await database?.stop().catch(() => undefined);
    await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  };
  let cleaning: Promise<void> | null = null;
  const stopNow = (code: number) => {
    cleaning ??= cleanup();
    void cleaning.finally(() => process.exit(code));
  };
  process.once("SIGINT", () => stopNow(130));
  process.once("SIGTERM", () => stopNow(143));
  const hardLimit = setTimeout(() => {
    console.error("[bench:api] hard time limit reached; stopping");
    stopNow(1);
  }, HARD_LIMIT_MS);
  hardLimit.unref();

  try {
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`;
    log(`machine: ${machine}`);
    let t = performance.now();
    database = await startEmbeddedPostgres({ dataDir: tempDir });
    await applyMigrations(database.url);
    log(`database started and migrated in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    log(`seeding ${INCIDENTS.toLocaleString("en")} incidents and ${EVENTS.toLocaleString("en")} timeline events`);
    const seeded = await seedDatabase(database.url);
    const seedSeconds = (performance.now() - t) / 1000;
    log(`seeded in ${seedSeconds.toFixed(1)} s (${Math.round(EVENTS / seedSeconds).toLocaleString("en")} events/s, hash chains included)`);

    if (process.env.BENCH_EXPLAIN === "1") await explainReads(database.url, seeded);
    if (process.env.BENCH_EXPLAIN_ONLY === "1") return;
    const started = await startConsole(database.url, seeded.token);
    server = started.child;
    const { port } = started;
    const { token, incidentIds, eventCounts } = seeded;
    log(`console listening on 127.0.0.1:${port}`);

    const plain = await startPlainServer();
    const postgresDataDir = path.join(tempDir, "postgres");
    const consoleCpu: TCpuMeter = { serverPid: server.pid!, postgresDataDir };
    const plainCpu: TCpuMeter = { serverPid: plain.pid, postgresDataDir };
    const baselines: TLoadResult[] = [];
    const results: TLoadResult[] = [];
    try {
      for (const clients of CLIENT_COUNTS) {
        log(`baselines: plain Node http and GET /api/health/live, ${clients} clients, ${SECONDS} s each`);
        baselines.push(await load("plain Node http (same JSON)", clients, plain.port, "", () => "/", plainCpu));
        baselines.push(await load("empty route handler (GET /api/health/live)", clients, port, "", () => "/api/health/live", consoleCpu));
        log(`hot reads: ${clients} clients, ${SECONDS} s each`);
        results.push(
          await load(
            "GET /api/incidents (first page or a cursor)",
            clients,
            port,
            token,
            () => (random() < 0.5 ? "/api/incidents" : `/api/incidents?cursor=${pick(incidentIds)}`),
            consoleCpu,
          ),
        );
        results.push(await load("GET /api/incidents/{id}", clients, port, token, () => `/api/incidents/${pick(incidentIds)}`, consoleCpu));
        results.push(
          await load("GET /api/incidents/{id}/timeline?cursor=… (100 events)", clients, port, token, () => {
            const i = Math.floor(random() * incidentIds.length);
            const cursor = 2 + Math.floor(random() * Math.max(1, eventCounts[i]! - 1));
            return `/api/incidents/${incidentIds[i]}/timeline?cursor=${cursor}`;
          }, consoleCpu),
        );
      }
    } finally {
      plain.close();
    }

    log(`live delivery: ${SSE_CLIENTS} SSE clients, ${WRITES} notes`);
    const live = await liveDelivery(port, token, incidentIds[1]!, eventCounts[1]!);

    log(`verify the ${eventCounts[0]!.toLocaleString("en")}-event timeline, 3 times`);
    const verifyAgent = new http.Agent({ keepAlive: true });
    const verifies: { ms: number; checked: number; ok: boolean }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t0 = performance.now();
      const response = await request(verifyAgent, port, token, "GET", `/api/incidents/${incidentIds[0]}/timeline/verify`);
      const elapsed = performance.now() - t0;
      if (response.status !== 200) throw new Error(`verify answered ${response.status}: ${response.body.slice(0, 200)}`);
      const body = JSON.parse(response.body) as { ok: boolean; checked: number };
      verifies.push({ ms: elapsed, checked: body.checked, ok: body.ok });
    }
    verifyAgent.destroy();

    console.log("");
    console.log(`bench:api — ${new Date().toISOString()}`);
    console.log(`machine: ${machine}`);
    console.log(`data: ${INCIDENTS.toLocaleString("en")} incidents, ${EVENTS.toLocaleString("en")} events (seeded in ${seedSeconds.toFixed(1)} s); ${CLIENT_COUNTS.join(" and ")} clients × ${SECONDS} s per endpoint after ${WARMUP_SECONDS} s warm-up`);
    console.log("");
    const emptyRoute = (clients: number) => baselines.find((b) => b.clients === clients && b.name.startsWith("empty"))!;
    console.log("| measure | clients | requests (req/s) | share of the empty route | errors | p50 | p95 | p99 | max | target |");
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const r of [...baselines, ...results]) {
      const share = r.rps / emptyRoute(r.clients).rps;
      const target = baselines.includes(r) ? "baseline" : `≥ 60 % ${share >= 0.6 ? "OK" : "MISSED"}`;
      console.log(
        `| ${r.name} | ${r.clients} | ${r.requests} (${r.rps.toFixed(0)}) | ${(share * 100).toFixed(0)} % | ${r.errors} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${target} |`,
      );
    }
    console.log(
      `| live delivery, POST note → ${live.clients} SSE clients (${live.writes} writes, ${live.deliveries} deliveries, ${live.missing} missing) | — | ${live.missing} | ${ms(live.p50)} | — | ${ms(live.p99)} | ${ms(live.max)} | p99 < 1 s |`,
    );
    console.log(
      `| verify ${eventCounts[0]!.toLocaleString("en")}-event timeline over HTTP (${verifies.map((v) => `${v.ok ? "ok" : "BROKEN"} ${v.checked}`).join(", ")}) | 3 | 0 | ${verifies.map((v) => ms(v.ms)).join(", ")} | — | — | — | < 2 s |`,
    );
    console.log("");
    // Two cores hold the server, PostgreSQL and this load generator: a read's share of the empty route is set by
    // what it costs all three, not only the server.
    console.log("| measure | clients | CPU µs per request: server | PostgreSQL | load generator | all three |");
    console.log("|---|---|---|---|---|---|");
    for (const r of [...baselines, ...results]) {
      console.log(`| ${r.name} | ${r.clients} | ${r.cpu.server} | ${r.cpu.postgres} | ${r.cpu.client} | ${r.cpu.server + r.cpu.postgres + r.cpu.client} |`);
    }
    console.log("");
    console.log(JSON.stringify({ machine, seedSeconds, baselines, results, live, verifies }));
  } finally {
    clearTimeout(hardLimit);
    cleaning ??= cleanup();
    await cleaning;
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
