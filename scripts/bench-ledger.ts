/**
 * `npm run bench:ledger [-- --counts 100000,300000,1000000]` (or BENCH_LEDGER_COUNTS): the affected-people ledger
 * import on this machine, against a plain COPY of the same file in the same run.
 *
 *  1. starts its own embedded PostgreSQL in a temporary folder, applies the migrations, creates a commander and sets a
 *     random BREACHDESK_DATA_KEY;
 *  2. for each count N: writes a realistic CSV extract of N rows to disk, streamed (seeded: people across every US
 *     state and DC, Canadian provinces and 14 other countries, states as codes, names or left to the ZIP code, quoted
 *     addresses with commas, ~2 % repeated identifiers, ~0.1 % rows the import refuses), then, on a fresh incident:
 *       plain COPY  the file, as it is, into a plain table of nine text columns (`COPY … WITH (FORMAT csv, HEADER)`):
 *                   what PostgreSQL alone takes from the same bytes; the ratio is against this rate;
 *       import      the real lib/affected-people/import.ts (parse, check every field, derive the jurisdiction, seal
 *                   the contact data, COPY into staging, then merge and feed the facts and the register in one
 *                   transaction), reading the same file as a stream.
 *
 * Prints rows/s of both, the ratio, the CPU each costs per row in this process and in PostgreSQL (read from /proc;
 * steadier than wall time on a shared machine), and this process's peak RSS, sampled every 25 ms and read at 25 / 50
 * / 75 / 100 % of the file: flat as N grows means nothing is held per row.
 */
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { ownCpuMs, postmasterPid, processTreeCpuMs } from "./lib/proc-cpu";

// ---------------------------------------------------------------------------------------------------------------
// A realistic extract, generated deterministically from the row index.

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

const HEADER = "customer_id,full_name,email,street,city,state,zip,country,data_categories";

/** US states with a ZIP prefix in each, weighted roughly by population (California and Texas most). */
const US: [code: string, name: string, zip3: string, weight: number][] = [
  ["AL", "Alabama", "352", 5], ["AK", "Alaska", "995", 1], ["AZ", "Arizona", "850", 7], ["AR", "Arkansas", "722", 3],
  ["CA", "California", "900", 39], ["CO", "Colorado", "802", 6], ["CT", "Connecticut", "061", 4], ["DE", "Delaware", "197", 1],
  ["DC", "District of Columbia", "200", 1], ["FL", "Florida", "331", 22], ["GA", "Georgia", "303", 11], ["HI", "Hawaii", "968", 1],
  ["ID", "Idaho", "837", 2], ["IL", "Illinois", "606", 13], ["IN", "Indiana", "462", 7], ["IA", "Iowa", "503", 3],
  ["KS", "Kansas", "672", 3], ["KY", "Kentucky", "402", 4], ["LA", "Louisiana", "701", 5], ["ME", "Maine", "041", 1],
  ["MD", "Maryland", "212", 6], ["MA", "Massachusetts", "021", 7], ["MI", "Michigan", "482", 10], ["MN", "Minnesota", "554", 6],
  ["MS", "Mississippi", "392", 3], ["MO", "Missouri", "631", 6], ["MT", "Montana", "591", 1], ["NE", "Nebraska", "681", 2],
  ["NV", "Nevada", "891", 3], ["NH", "New Hampshire", "031", 1], ["NJ", "New Jersey", "071", 9], ["NM", "New Mexico", "871", 2],
  ["NY", "New York", "100", 20], ["NC", "North Carolina", "276", 11], ["ND", "North Dakota", "581", 1], ["OH", "Ohio", "432", 12],
  ["OK", "Oklahoma", "731", 4], ["OR", "Oregon", "972", 4], ["PA", "Pennsylvania", "191", 13], ["RI", "Rhode Island", "029", 1],
  ["SC", "South Carolina", "292", 5], ["SD", "South Dakota", "571", 1], ["TN", "Tennessee", "372", 7], ["TX", "Texas", "770", 30],
  ["UT", "Utah", "841", 3], ["VT", "Vermont", "054", 1], ["VA", "Virginia", "232", 9], ["WA", "Washington", "981", 8],
  ["WV", "West Virginia", "253", 2], ["WI", "Wisconsin", "532", 6], ["WY", "Wyoming", "820", 1],
];
const US_PICK = US.flatMap((state) => Array<typeof state>(state[3]).fill(state));
const CANADA: [code: string, name: string, fsa: string][] = [
  ["ON", "Ontario", "M5V"], ["QC", "Québec", "H2X"], ["BC", "British Columbia", "V6B"], ["AB", "Alberta", "T2P"], ["MB", "Manitoba", "R3C"], ["NS", "Nova Scotia", "B3H"],
];
const OTHER_COUNTRIES = ["GB", "United Kingdom", "DE", "Germany", "FR", "IE", "NL", "ES", "IT", "AU", "BR", "MX", "JP", "IN", "SE", "PL"];
const FIRST = ["Ann", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "José", "Kwame", "Lea", "Mateo", "Nadia", "Olu", "Priya", "Quinn", "Rosa", "Sven", "Zoë"];
const LAST = ["Smith", "García", "Nguyen", "Okafor", "Müller", "Rossi", "Kowalski", "O'Brien", "Tanaka", "Patel", "Johnson", "Dubois", "Silva", "Kim", "Haddad"];
const STREETS = ["Main Street", "Oak Avenue", "Elm Road", "Maple Drive", "Cedar Lane", "Park Boulevard", "Lake View Terrace", "Hill Street"];
const CITIES = ["Springfield", "Riverside", "Franklin", "Greenville", "Fairview", "Madison", "Georgetown", "Salem", "Clinton", "Ashland"];
const CATEGORY_SETS = ["name;contact_details", "name;contact_details;financial_account", "name;national_id_number", "name;contact_details;health", "name", "name;online_credentials", ""];

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Row n of the extract, as one CSV line. */
function personLine(n: number): string {
  const r = mulberry32(Math.imul(n + 1, 2654435761));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  // ~2 % repeat an earlier person's identifier (a person in two source tables): merged by the import.
  const id = n > 100 && r() < 0.02 ? Math.floor(r() * n) : n;
  const first = pick(FIRST);
  const last = pick(LAST);
  let email = r() < 0.85 ? `${first}.${last}.${id}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, "") : "";
  // ~0.1 % rows with an address that is not one: refused with their line.
  if (r() < 0.001) email = "not-an-address";
  const street = r() < 0.3 ? `${1 + Math.floor(r() * 9999)} ${pick(STREETS)}, Apt ${1 + Math.floor(r() * 40)}` : `${1 + Math.floor(r() * 9999)} ${pick(STREETS)}`;
  const city = pick(CITIES);
  let state = "";
  let zip = "";
  let country: string;
  const where = r();
  if (where < 0.8) {
    const [code, name, zip3] = pick(US_PICK);
    const how = r();
    state = how < 0.7 ? code : how < 0.85 ? name : how < 0.9 ? name.toUpperCase() : ""; // ~10 % left to the ZIP code
    zip = `${zip3}${String(Math.floor(r() * 100)).padStart(2, "0")}`;
    country = r() < 0.8 ? "US" : r() < 0.5 ? "USA" : "United States";
  } else if (where < 0.88) {
    const [code, name, fsa] = pick(CANADA);
    state = r() < 0.7 ? code : name;
    zip = `${fsa} ${1 + Math.floor(r() * 9)}A${1 + Math.floor(r() * 9)}`;
    country = r() < 0.8 ? "CA" : "Canada";
  } else {
    country = pick(OTHER_COUNTRIES);
    zip = String(10000 + Math.floor(r() * 89999));
  }
  return `${[`C-${String(id).padStart(8, "0")}`, `${first} ${last}`, email, street, city, state, zip, country, pick(CATEGORY_SETS)].map(csvCell).join(",")}\n`;
}

/** Writes the extract of `count` rows to `file`, in chunks of 1,000 lines: never the whole file in memory. */
async function writeExtract(file: string, count: number): Promise<void> {
  await pipeline(
    Readable.from(
      (function* () {
        yield `${HEADER}\n`;
        for (let start = 0; start < count; start += 1_000) {
          let chunk = "";
          for (let n = start; n < Math.min(count, start + 1_000); n += 1) chunk += personLine(n);
          yield chunk;
        }
      })(),
    ),
    createWriteStream(file),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Measurement: CPU of this process and of PostgreSQL, peak RSS.

function cpuNow(postmaster: number): { node: number; pg: number } {
  return { node: ownCpuMs(), pg: processTreeCpuMs(postmaster) };
}

/** `readSeconds`: until the file's last byte was taken (for the import: parsed, sealed and staged; the merge follows). */
type TRun = { seconds: number; readSeconds: number; cpu: { node: number; pg: number }; rssMb: number[]; peakMb: number };

/**
 * Times `run`, which reads the file through the stream it is given; the stream counts bytes, so RSS is read at 25 /
 * 50 / 75 / 100 % of the file, and a 25 ms timer keeps the peak in between.
 */
async function measure(file: string, postmaster: number, run: (body: AsyncIterable<Uint8Array>) => Promise<void>): Promise<TRun> {
  globalThis.gc?.();
  const size = statSync(file).size;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const marks = [0.25, 0.5, 0.75, 1].map((q) => Math.floor(size * q));
  const rssMb: number[] = [];
  let readAt = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    let read = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
      read += chunk.byteLength;
      peak = Math.max(peak, process.memoryUsage().rss);
      while (marks.length > 0 && read >= marks[0]!) {
        marks.shift();
        rssMb.push(peak / 2 ** 20);
      }
      yield chunk;
    }
    readAt = performance.now();
  }
  const before = cpuNow(postmaster);
  const began = performance.now();
  try {
    await run(counted());
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - began) / 1000;
  const after = cpuNow(postmaster);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, readSeconds: (readAt - began) / 1000, cpu: { node: after.node - before.node, pg: after.pg - before.pg }, rssMb, peakMb: peak / 2 ** 20 };
}

// ---------------------------------------------------------------------------------------------------------------

function countsFromArgs(): number[] | null {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  const flag = args.indexOf("--counts");
  const text = flag >= 0 ? args[flag + 1] : process.env.BENCH_LEDGER_COUNTS;
  const counts = (text ?? "100000,300000,1000000").split(",").map((part) => Number(part.trim().replace(/_/g, "")));
  return counts.every((n) => Number.isInteger(n) && n >= 100) ? counts : null;
}

async function main(): Promise<number> {
  const counts = countsFromArgs();
  if (!counts) {
    console.error("Usage: npm run bench:ledger [-- --counts 100000,300000,1000000]   (or BENCH_LEDGER_COUNTS; each ≥ 100)");
    return 2;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), "breachdesk-bench-ledger-"));
  const { startEmbeddedPostgres } = await import("../lib/db/embedded");
  const { applyMigrations } = await import("../lib/db/migrate");
  console.log(`bench:ledger — ${counts.map((n) => n.toLocaleString("en")).join(", ")} rows; ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const database = await startEmbeddedPostgres({ dataDir: path.join(tmp, "db") });
  try {
    await applyMigrations(database.url);
    const postmaster = postmasterPid(path.join(tmp, "db", "postgres"))!;
    process.env.DATABASE_URL = database.url;
    process.env.BREACHDESK_DATA_KEY = randomBytes(32).toString("base64");
    const admin = new pg.Client({ connectionString: database.url });
    admin.on("error", () => undefined); // the server stopping at the end must not crash the report
    await admin.connect();
    await admin.query(`CREATE TABLE bench_plain_people (${HEADER.split(",").map((column) => `${column} text`).join(", ")})`);

    const { insertUser } = await import("../lib/users/service");
    const { declareIncident } = await import("../lib/incidents/service");
    const { importAffectedPeople } = await import("../lib/affected-people/import");
    const { disconnectDb } = await import("../lib/db");
    const user = await insertUser({ email: "bench@bench.example", name: "Bench Commander", password: "a long bench password", roles: ["commander"] });
    const actor = { kind: "user" as const, id: user.id, email: user.email, name: user.name, roles: user.roles };

    const rows: string[] = [];
    for (const count of counts) {
      const file = path.join(tmp, `people-${count}.csv`);
      const generating = performance.now();
      await writeExtract(file, count);
      const mb = statSync(file).size / 2 ** 20;
      console.log(`${count.toLocaleString("en")} rows: ${mb.toFixed(0)} MB of CSV written in ${((performance.now() - generating) / 1000).toFixed(1)} s`);

      const copy = await measure(file, postmaster, async (body) => {
        await pipeline(Readable.from(body), admin.query(copyFrom("COPY bench_plain_people FROM STDIN WITH (FORMAT csv, HEADER true)")));
      });
      const copied = await admin.query<{ n: string }>("SELECT count(*) AS n FROM bench_plain_people");
      if (Number(copied.rows[0]?.n) !== count) throw new Error(`plain COPY stored ${copied.rows[0]?.n} of ${count} rows`);
      await admin.query("TRUNCATE bench_plain_people");

      const incident = await declareIncident(actor, { title: `Bench ledger of ${count.toLocaleString("en")}`, severity: "high", commanderId: user.id });
      let summary: Awaited<ReturnType<typeof importAffectedPeople>> | undefined;
      const ledger = await measure(file, postmaster, async (body) => {
        summary = await importAffectedPeople(actor, incident.id, { body, format: "csv", fileName: path.basename(file) });
      });
      const imported = summary!.import;
      if (imported.rowsRead !== count) throw new Error(`the import read ${imported.rowsRead} of ${count} rows`);
      console.log(`  import: ${imported.rowsAccepted.toLocaleString("en")} accepted, ${imported.rowsRejected} refused, ${imported.peopleAdded.toLocaleString("en")} people (${(count - imported.rowsRejected - imported.peopleAdded).toLocaleString("en")} repeats merged), ${imported.unresolved} unresolved, ${summary!.ledger.byJurisdiction.length} jurisdictions`);

      const rate = (run: TRun) => count / run.seconds;
      const cpu = (run: TRun) => `${((run.cpu.node * 1000) / count).toFixed(1)} + ${((run.cpu.pg * 1000) / count).toFixed(1)}`;
      const rss = (run: TRun) => `${run.rssMb.map((m) => m.toFixed(0)).join(" / ")} (peak ${run.peakMb.toFixed(0)})`;
      rows.push(`| ${count.toLocaleString("en")} | plain COPY | ${Math.round(rate(copy)).toLocaleString("en")} | ${copy.seconds.toFixed(1)} | 100 % | ${cpu(copy)} | ${rss(copy)} |`);
      rows.push(`| ${count.toLocaleString("en")} | import | ${Math.round(rate(ledger)).toLocaleString("en")} | ${ledger.seconds.toFixed(1)} (${ledger.readSeconds.toFixed(1)} + ${(ledger.seconds - ledger.readSeconds).toFixed(1)}) | ${((rate(ledger) / rate(copy)) * 100).toFixed(0)} % | ${cpu(ledger)} | ${rss(ledger)} |`);
      console.log(rows.slice(-2).join("\n")); // as it goes: a long run that is stopped still leaves its figures
      rmSync(file, { force: true });
    }
    await admin.end();
    await disconnectDb();

    console.log("");
    console.log("| rows | path | rows/s | wall s (import: read, checked, sealed and staged + merged, counted, facts fed) | vs plain COPY | CPU µs per row: Node + PostgreSQL | RSS MB at 25 / 50 / 75 / 100 % of the file |");
    console.log("|---|---|---|---|---|---|---|");
    for (const row of rows) console.log(row);
    console.log("");
    console.log(`target: the import at ≥ 50 % of the plain COPY rate, memory flat as the count grows; load after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    return 0;
  } finally {
    await database.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
