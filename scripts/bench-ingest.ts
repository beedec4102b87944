/**
 * `npm run bench:ingest [-- --count N]` (default 100,000): ingestion throughput on this machine.
 *
 *  1. starts its own embedded PostgreSQL in a temporary folder and applies the migrations;
 *  2. pull: the local Security Hub wire-protocol server (tests/aws/fake-aws.ts, in a child process so its CPU is not
 *     charged to the ingesting process, like the real service; pages rendered to a file before timing) serves N
 *     generated, realistic ASFF findings (2–6 KB of compact JSON each, varied samples, accounts, regions, resources,
 *     severities), and the real pull path
 *     (lib/findings/pull.ts through @aws-sdk/client-securityhub, 100 per page) stores them;
 *  3. import: the same N findings as an NDJSON file through lib/findings/import-file.ts (tables emptied first);
 *  4. COPY baselines into tables LIKE findings / finding_versions INCLUDING ALL (same indexes, same storage
 *     parameters): "plain COPY" streams the same rows formatted as CSV before timing (PostgreSQL's fastest way to
 *     take them: the targets are stated as a share of this rate), then the same COPY with the rows read from the
 *     NDJSON file, parsed, normalized and hashed on the way.
 *
 *  5. backfill at the quota: the same pull against a simulator enforcing Security Hub's published GetFindings quota
 *     (3 requests/s, burst 6: 300 findings/s at 100 per page; `--quota-count`, default 18,000 findings ≈ 1 minute),
 *     reported as a share of that quota (target ≥ 95 %) with the throttled calls and the findings lost (target 0).
 *
 * Prints findings/s, p95 page-commit latency, peak RSS of this process at 25/50/75/100 % of the count, and the ratio
 * to the COPY rate. Generation is seeded: every run measures the same rows.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, createReadStream, createWriteStream, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { normalizeFinding } from "../lib/findings/normalize";
import { ownCpuMs, postmasterPid, processTreeCpuMs, procCpuMs } from "./lib/proc-cpu";

const FIXTURES = path.join(__dirname, "../tests/fixtures/aws");
const T0 = Date.UTC(2026, 0, 1);

// ---------------------------------------------------------------------------------------------------------------
// Realistic findings, generated deterministically from their index.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLES = readdirSync(FIXTURES)
  .filter((name) => name.startsWith("securityhub-asff-control-") && name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")) as Record<string, unknown>);
const REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"];
const ACCOUNTS = Array.from({ length: 40 }, (_, i) => String(111111111111 + i * 7919));
const SEVERITIES = [
  { Label: "INFORMATIONAL", Normalized: 0 },
  { Label: "LOW", Normalized: 20 },
  { Label: "MEDIUM", Normalized: 40 },
  { Label: "HIGH", Normalized: 70 },
  { Label: "CRITICAL", Normalized: 90 },
];
const RESOURCE_TYPES = ["AwsS3Bucket", "AwsEc2Instance", "AwsIamAccessKey", "AwsIamUser", "AwsRdsDbInstance", "AwsKmsKey"];
const WORDS = (
  "bucket policy grants public read access to objects containing customer records encryption at rest disabled " +
  "access key unused for ninety days instance metadata service version one enabled on production workload " +
  "cross account role trust allows external principal logging disabled for data events snapshot shared publicly"
).split(" ");

function words(r: () => number, length: number): string {
  let text = "";
  while (text.length < length) text += (text ? " " : "") + WORDS[Math.floor(r() * WORDS.length)];
  return text.slice(0, length);
}

function resourceId(type: string, account: string, region: string, k: number): string {
  switch (type) {
    case "AwsS3Bucket":
      return `arn:aws:s3:::data-${account}-${k}`;
    case "AwsEc2Instance":
      return `arn:aws:ec2:${region}:${account}:instance/i-${(0x1000000 + k).toString(16)}0abc`;
    case "AwsIamAccessKey":
      return `AKIA${String(k).padStart(16, "0")}`;
    case "AwsIamUser":
      return `arn:aws:iam::${account}:user/svc-${k}`;
    case "AwsRdsDbInstance":
      return `arn:aws:rds:${region}:${account}:db:customers-${k}`;
    default:
      return `arn:aws:kms:${region}:${account}:key/${String(k).padStart(8, "0")}-0000-4000-8000-000000000000`;
  }
}

/** Finding n, compact JSON of 2–6 KB. UpdatedAt grows with n, so pages come oldest first. */
export function generateFinding(n: number): Record<string, unknown> {
  const r = mulberry32(Math.imul(n + 1, 2654435761));
  const base = SAMPLES[n % SAMPLES.length]!;
  const account = ACCOUNTS[Math.floor(r() * ACCOUNTS.length)]!;
  const region = REGIONS[Math.floor(r() * REGIONS.length)]!;
  const updatedAt = new Date(T0 + n * 1000).toISOString();
  const createdAt = new Date(T0 - Math.floor(r() * 90 * 86_400) * 1000).toISOString();
  const resources = Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
    const type = RESOURCE_TYPES[Math.floor(r() * RESOURCE_TYPES.length)]!;
    return {
      Type: type,
      Id: resourceId(type, account, region, Math.floor(r() * 5000)),
      Partition: "aws",
      Region: region,
      Tags: { team: `team-${Math.floor(r() * 12)}`, environment: r() < 0.6 ? "production" : "staging" },
    };
  });
  const finding: Record<string, unknown> = {
    ...base,
    Id: `arn:aws:securityhub:${region}:${account}:subscription/bench/v/1.0.0/finding/${String(n).padStart(9, "0")}`,
    ProductArn: `arn:aws:securityhub:${region}::product/aws/securityhub`,
    AwsAccountId: account,
    Region: region,
    CreatedAt: createdAt,
    FirstObservedAt: createdAt,
    UpdatedAt: updatedAt,
    LastObservedAt: updatedAt,
    Severity: SEVERITIES[Math.floor(r() * SEVERITIES.length)],
    Description: words(r, 200 + Math.floor(r() * 800)),
    Resources: resources,
  };
  // Providers attach evidence of very different sizes: pad to a target of 2–6 KB with product fields.
  const target = 2048 + Math.floor(r() * 4096);
  const size = JSON.stringify(finding).length;
  const fields: Record<string, string> = {};
  let missing = target - size - 20;
  for (let k = 0; missing > 40; k += 1) {
    const value = words(r, Math.min(missing - 30, 900));
    fields[`bench/evidence/${k}`] = value;
    missing -= value.length + 30;
  }
  finding.ProductFields = { ...(base.ProductFields as Record<string, string> | undefined), ...fields };
  return finding;
}

// ---------------------------------------------------------------------------------------------------------------
// The fake AWS server, as a child process (`--serve-aws N`).

/**
 * Pages are rendered to a file before the server says it is ready (untimed), then served from it: the simulator
 * shares this machine's two cores with what is measured, so it should cost as little as the real service costs us.
 */
async function serveAws(count: number, pagesFile: string, quota: { ratePerSecond: number; burst: number } | null) {
  const { startFakeAws } = await import("../tests/aws/fake-aws");
  const PAGE = 100;
  const offsets: { at: number; length: number }[] = [];
  const out = openSync(pagesFile, "w");
  let at = 0;
  for (let offset = 0; offset < count; offset += PAGE) {
    const text = Buffer.from(JSON.stringify(Array.from({ length: Math.min(PAGE, count - offset) }, (_, i) => generateFinding(offset + i))));
    writeSync(out, text);
    offsets.push({ at, length: text.length });
    at += text.length;
  }
  closeSync(out);
  const input = openSync(pagesFile, "r");
  const aws = await startFakeAws();
  aws.getFindingsQuota = quota;
  aws.pageSource = ({ offset, size }) => {
    if (size !== PAGE || offset % PAGE !== 0) throw new Error("the bench serves pages of 100 only");
    const where = offsets[offset / PAGE];
    if (!where) return { page: "[]" };
    const text = Buffer.alloc(where.length);
    readSync(input, text, 0, where.length, where.at);
    return { page: text.toString("utf8"), ...(offset + PAGE < count ? { next: offset + PAGE } : {}) };
  };
  process.stdout.write(`${aws.url}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => {
    process.stdout.write(`throttled ${aws.throttled}\n`);
    void aws.close().then(() => process.exit(0));
  });
}

type TAwsChild = { url: string; pid: number | undefined; stop(): void; throttled(): Promise<number> };

async function startAwsChild(count: number, pagesFile: string, quota = ""): Promise<TAwsChild> {
  const child = spawn(process.execPath, [...process.execArgv, __filename, "--serve-aws", String(count), pagesFile, ...(quota ? ["--quota", quota] : [])], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(out.slice(0, out.indexOf("\n")).trim());
    });
    child.on("exit", (code) => reject(new Error(`fake AWS server exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return {
    url,
    pid: child.pid,
    stop: () => child.stdin.end(),
    throttled: async () => {
      child.stdin.end();
      await exited;
      return Number(/throttled (\d+)/.exec(out)?.[1] ?? Number.NaN);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Measurement.

/**
 * CPU time (ms) used so far by this process, by the PostgreSQL server (postmaster and its children, read from
 * /proc) and by the fake AWS child. On a shared, noisy machine the CPU a finding costs is steadier than wall time,
 * and 2 cores ÷ CPU per finding bounds the rate any schedule could reach.
 */
type TCpu = { node: number; pg: number; aws: number };

function cpuNow(postmasterPid: number | undefined, awsPid: number | undefined): TCpu {
  return { node: ownCpuMs(), pg: postmasterPid ? processTreeCpuMs(postmasterPid) : 0, aws: awsPid ? procCpuMs(awsPid) : 0 };
}

type TPhase = { name: string; count: number; seconds: number; commits: number[]; rss: { at: number; peakMb: number; nowMb: number }[]; cpu: TCpu };

function rssMeter(count: number) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const marks = [0.25, 0.5, 0.75, 1].map((q) => Math.max(1, Math.round(count * q)));
  const rss: TPhase["rss"] = [];
  let done = 0;
  return {
    rss,
    progress(n: number) {
      const now = process.memoryUsage().rss;
      peak = Math.max(peak, now);
      done += n;
      while (marks.length > 0 && done >= marks[0]!) {
        rss.push({ at: marks.shift()!, peakMb: peak / 2 ** 20, nowMb: now / 2 ** 20 });
      }
    },
    stop: () => clearInterval(timer),
  };
}

function p95(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

const processes: { postmaster?: number; aws?: number } = {};

async function measure(name: string, count: number, run: (meter: ReturnType<typeof rssMeter>, commits: number[]) => Promise<void>): Promise<TPhase> {
  globalThis.gc?.();
  const meter = rssMeter(count);
  const commits: number[] = [];
  const cpuBefore = cpuNow(processes.postmaster, processes.aws);
  const began = performance.now();
  await run(meter, commits);
  const seconds = (performance.now() - began) / 1000;
  const cpuAfter = cpuNow(processes.postmaster, processes.aws);
  meter.stop();
  const cpu = { node: cpuAfter.node - cpuBefore.node, pg: cpuAfter.pg - cpuBefore.pg, aws: cpuAfter.aws - cpuBefore.aws };
  return { name, count, seconds, commits, rss: meter.rss, cpu };
}

function cpuCell(phase: TPhase): string {
  const per = (ms: number) => ((ms * 1000) / phase.count).toFixed(0);
  return `${per(phase.cpu.node)} + ${per(phase.cpu.pg)}${phase.cpu.aws > 0 ? ` (+ ${per(phase.cpu.aws)})` : ""}`;
}

// ---------------------------------------------------------------------------------------------------------------
// COPY baseline helpers (CSV format).

const csv = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? "" : `"${String(value).replace(/"/g, '""')}"`;
const pgArray = (items: string[]): string => `{${items.map((s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
const uuidFrom = (text: string): string => {
  const h = createHash("sha256").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

async function* ndjsonLines(file: string): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
}

const FINDING_COLUMNS =
  "id, product_arn, aws_id, format, title, description, severity_label, severity_rank, types, product_name, aws_account_id, region, resources, resource_ids, first_observed_at, last_observed_at, source_created_at, source_updated_at, compliance_status, record_state, workflow_status, current_hash";

/** The findings row of one finding, as the ingestion paths would store it (normalized, hashed), in CSV. */
function findingCsvRow(value: unknown, raw: string): string {
  const normalized = normalizeFinding(value);
  if (!normalized.ok) throw new Error("generated finding rejected");
  const f = normalized.finding;
  const hash = createHash("sha256").update(raw).digest("hex");
  return `${[
    csv(uuidFrom(`${f.productArn}\u0000${f.awsId}`)), csv(f.productArn), csv(f.awsId), csv(f.format), csv(f.title), csv(f.description),
    csv(f.severityLabel), csv(f.severityRank), csv(pgArray(f.types)), csv(f.productName), csv(f.awsAccountId), csv(f.region),
    csv(JSON.stringify(f.resources)), csv(pgArray(f.resources.map((r) => r.id))), csv(f.firstObservedAt), csv(f.lastObservedAt),
    csv(f.createdAt), csv(f.updatedAt), csv(f.complianceStatus), csv(f.recordState), csv(f.workflowStatus), csv(hash),
  ].join(",")}\n`;
}

/** The finding_versions row of one finding (its raw JSON verbatim), in CSV. */
function versionCsvRow(value: unknown, raw: string): string {
  const v = value as { ProductArn: string; Id: string; UpdatedAt: string };
  const hash = createHash("sha256").update(raw).digest("hex");
  return `${[csv(uuidFrom(`${v.Id}\u0000${hash}`)), csv(uuidFrom(`${v.ProductArn}\u0000${v.Id}`)), csv(hash), csv(raw), csv(v.UpdatedAt), csv("bench")].join(",")}\n`;
}

/** CSV text of every line of an NDJSON file, 500 rows per chunk. */
async function* csvChunks(file: string, row: (value: unknown, raw: string) => string, onChunk: (rows: number) => void): AsyncGenerator<string> {
  let chunk = "";
  let rows = 0;
  for await (const raw of ndjsonLines(file)) {
    chunk += row(JSON.parse(raw), raw);
    rows += 1;
    if (rows === 500) {
      yield chunk;
      onChunk(rows);
      chunk = "";
      rows = 0;
    }
  }
  if (chunk) yield chunk;
  if (rows) onChunk(rows);
}

async function writeCsv(ndjson: string, target: string, row: (value: unknown, raw: string) => string) {
  await pipeline(Readable.from(csvChunks(ndjson, row, () => undefined)), createWriteStream(target));
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  const serve = args.indexOf("--serve-aws");
  if (serve >= 0) {
    const quotaArg = args.indexOf("--quota");
    const [ratePerSecond, burst] = quotaArg >= 0 ? String(args[quotaArg + 1]).split("/").map(Number) : [];
    await serveAws(Number(args[serve + 1]), String(args[serve + 2]), ratePerSecond && burst ? { ratePerSecond, burst } : null);
    return -1;
  }
  const quotaCountArg = args.indexOf("--quota-count");
  const quotaCount = quotaCountArg >= 0 ? Number(args[quotaCountArg + 1]) : 18_000;
  const countArg = args.indexOf("--count");
  const count = countArg >= 0 ? Number(args[countArg + 1]) : 100_000;
  if (!Number.isInteger(count) || count < 100) {
    console.error("Usage: npm run bench:ingest [-- --count N]   (N ≥ 100, default 100000)");
    return 2;
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), "breachdesk-bench-ingest-"));
  const { startEmbeddedPostgres } = await import("../lib/db/embedded");
  const { applyMigrations } = await import("../lib/db/migrate");
  console.log(`bench:ingest — ${count.toLocaleString("en")} findings; ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const database = await startEmbeddedPostgres({ dataDir: path.join(tmp, "db") });
  let aws: TAwsChild | undefined;
  try {
    await applyMigrations(database.url);
    processes.postmaster = postmasterPid(path.join(tmp, "db", "postgres"));
    process.env.DATABASE_URL = database.url;
    const admin = new pg.Client({ connectionString: database.url });
    admin.on("error", () => undefined); // the server stopping at the end must not crash the report
    await admin.connect();
    const emptyTables = () => admin.query("TRUNCATE finding_versions, findings, finding_sources CASCADE");

    const { ensureSources, pullSource } = await import("../lib/findings/pull");
    const { importFile } = await import("../lib/findings/import-file");
    const { prisma, disconnectDb } = await import("../lib/db");
    const phases: TPhase[] = [];

    // Pull.
    aws = await startAwsChild(count, path.join(tmp, "pages.json"));
    processes.aws = aws.pid;
    process.env.AWS_ENDPOINT_URL_SECURITYHUB = aws.url;
    process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
    process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
    await ensureSources([{ kind: "securityhub", region: "us-east-1", roleArn: "" }]);
    const source = await prisma.findingSource.findFirstOrThrow();
    let pulled: { inserted: number; rejected: number; error: string | null } | undefined;
    phases.push(
      await measure("pull (SDK, 100/page)", count, async (meter, commits) => {
        pulled = await pullSource(source.id, {
          onPageCommitted: ({ findings, ms }) => {
            commits.push(ms);
            meter.progress(findings);
          },
        });
      }),
    );
    aws.stop();
    aws = undefined;
    processes.aws = undefined;
    if (pulled?.error || pulled?.inserted !== count) throw new Error(`pull stored ${pulled?.inserted} of ${count}: ${pulled?.error}`);

    // The same findings as an NDJSON file (written before timing).
    const file = path.join(tmp, "findings.ndjson");
    const out = createWriteStream(file);
    await pipeline(
      Readable.from(
        (function* () {
          for (let n = 0; n < count; n += 1) yield `${JSON.stringify(generateFinding(n))}\n`;
        })(),
      ),
      out,
    );
    await emptyTables();
    let imported: { inserted: number; rejected: number } | undefined;
    phases.push(
      await measure("file import (NDJSON, 500/batch)", count, async (meter, commits) => {
        imported = await importFile(file, {
          via: "bench",
          actor: { kind: "system", name: "bench:ingest" },
          onBatchCommitted: ({ findings, ms }) => {
            commits.push(ms);
            meter.progress(findings);
          },
        });
      }),
    );
    if (imported?.inserted !== count) throw new Error(`import stored ${imported?.inserted} of ${count}`);

    // COPY baseline: the same rows into tables shaped like findings and finding_versions.
    await admin.query("CREATE TABLE bench_findings (LIKE findings INCLUDING ALL); CREATE TABLE bench_finding_versions (LIKE finding_versions INCLUDING ALL)");
    // LIKE does not copy table storage parameters (e.g. finding_versions' toast_tuple_target): same storage, same work.
    for (const table of ["findings", "finding_versions"]) {
      const { rows } = await admin.query<{ reloptions: string[] | null }>("SELECT reloptions FROM pg_class WHERE oid = $1::regclass", [table]);
      const options = rows[0]?.reloptions ?? [];
      if (options.length > 0) await admin.query(`ALTER TABLE bench_${table} SET (${options.join(", ")})`);
    }
    const FINDING_COPY = `COPY bench_findings (${FINDING_COLUMNS}) FROM STDIN WITH (FORMAT csv)`;
    const VERSION_COPY = "COPY bench_finding_versions (id, finding_id, payload_hash, raw, source_updated_at, via) FROM STDIN WITH (FORMAT csv)";

    // Plain COPY: the rows formatted as CSV files before timing; only PostgreSQL's COPY of them is timed.
    const findingsCsv = path.join(tmp, "findings.csv");
    const versionsCsv = path.join(tmp, "versions.csv");
    await writeCsv(file, findingsCsv, findingCsvRow);
    await writeCsv(file, versionsCsv, versionCsvRow);
    phases.push(
      await measure("plain COPY (rows prepared in advance)", count, async (meter, commits) => {
        for (const [csvFile, sql] of [[findingsCsv, FINDING_COPY], [versionsCsv, VERSION_COPY]] as const) {
          const began = performance.now();
          await pipeline(createReadStream(csvFile), admin.query(copyFrom(sql)));
          commits.push(performance.now() - began);
        }
        meter.progress(count);
      }),
    );
    await admin.query("TRUNCATE bench_finding_versions, bench_findings");

    // The same COPY, with the rows read from the NDJSON file, parsed, normalized and hashed on the way (this
    // process's share of the work the ingestion paths do too).
    phases.push(
      await measure("COPY parsing + normalizing on the way", count, async (meter, commits) => {
        const copyTable = async (sql: string, row: (value: unknown, raw: string) => string, countProgress: boolean) => {
          const began = performance.now();
          await pipeline(
            Readable.from(csvChunks(file, row, (rows) => countProgress && meter.progress(rows))),
            admin.query(copyFrom(sql)),
          );
          commits.push(performance.now() - began);
        };
        await copyTable(FINDING_COPY, findingCsvRow, false);
        await copyTable(VERSION_COPY, versionCsvRow, true);
      }),
    );
    const copied = await admin.query<{ n: string }>("SELECT (SELECT count(*) FROM bench_findings) + (SELECT count(*) FROM bench_finding_versions) AS n");
    if (Number(copied.rows[0]?.n) !== 2 * count) throw new Error("COPY baseline row count mismatch");
    const size = await admin.query<{ avg: string }>("SELECT avg(length(raw))::int AS avg FROM bench_finding_versions");

    // Backfill at Security Hub's published GetFindings quota: the pull from an empty watermark, paced by AWS.
    await emptyTables();
    const QUOTA = { ratePerSecond: 3, burst: 6, perPage: 100 };
    aws = await startAwsChild(quotaCount, path.join(tmp, "quota-pages.json"), `${QUOTA.ratePerSecond}/${QUOTA.burst}`);
    process.env.AWS_ENDPOINT_URL_SECURITYHUB = aws.url;
    await ensureSources([{ kind: "securityhub", region: "us-east-1", roleArn: "" }]);
    const quotaSource = await prisma.findingSource.findFirstOrThrow();
    const backfillStarted = performance.now();
    const backfill = await pullSource(quotaSource.id);
    const backfillSeconds = (performance.now() - backfillStarted) / 1000;
    const throttled = await aws.throttled();
    aws = undefined;
    const stored = Number((await admin.query<{ n: string }>("SELECT count(*) AS n FROM findings")).rows[0]?.n);
    const quotaRate = QUOTA.ratePerSecond * QUOTA.perPage;
    const backfillRate = quotaCount / backfillSeconds;
    await admin.end();
    await disconnectDb();

    // Report.
    const copyRate = count / phases[2]!.seconds; // plain COPY
    console.log(`average finding: ${size.rows[0]?.avg} bytes of compact JSON (2–6 KB)`);
    console.log("");
    console.log("| path | findings/s | wall s | p95 commit ms | peak RSS MB at 25 / 50 / 75 / 100 % | vs plain COPY | CPU ms per 1,000: Node + PostgreSQL (+ fake AWS) | rate 2 cores could reach |");
    console.log("|---|---|---|---|---|---|---|---|");
    for (const phase of phases) {
      const rate = phase.count / phase.seconds;
      const isCopy = phase.name.includes("COPY");
      console.log(
        `| ${phase.name} | ${Math.round(rate).toLocaleString("en")} | ${phase.seconds.toFixed(1)} | ${isCopy ? "— (one COPY per table)" : p95(phase.commits).toFixed(1)} | ${phase.rss.map((m) => m.peakMb.toFixed(0)).join(" / ")} | ${((rate / copyRate) * 100).toFixed(0)} % | ${cpuCell(phase)} | ${Math.round((2 * 1000 * phase.count) / (phase.cpu.node + phase.cpu.pg + phase.cpu.aws)).toLocaleString("en")}/s |`,
      );
    }
    console.log("");
    console.log(`targets: ≥ 5,000 findings/s end to end, ≥ 50 % of the plain COPY rate, memory flat as the count grows; load after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    console.log("");
    console.log(`backfill at Security Hub's GetFindings quota (${QUOTA.ratePerSecond} requests/s, burst ${QUOTA.burst}, ${QUOTA.perPage} per page = ${quotaRate} findings/s):`);
    console.log(
      `  ${quotaCount.toLocaleString("en")} findings in ${backfillSeconds.toFixed(1)} s = ${Math.round(backfillRate)} findings/s = ${((backfillRate / quotaRate) * 100).toFixed(0)} % of the quota (target ≥ 95 %); ` +
        `${throttled} calls throttled and retried; stored ${stored.toLocaleString("en")}, lost ${quotaCount - stored} (target 0)${backfill.error ? `; error: ${backfill.error}` : ""}`,
    );
    return 0;
  } finally {
    aws?.stop();
    await database.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
