/**
 * `npm run bench:reevaluation [-- --counts 1000,10000]` (or BENCH_REEVALUATION_COUNTS): saving the organisation
 * profile with N open incidents (issue 21 point 3), on this machine.
 *
 *  1. starts its own embedded PostgreSQL in a temporary folder, applies the migrations, creates an administrator;
 *  2. for each count N: N open incidents with their facts and moments declared (residents of three US states and
 *     Germany, names and SSNs acquired), written directly, and a first profile save whose run builds their registers;
 *  3. then the measured save (the time zone moves): the save's own latency (one transaction: the profile, the run,
 *     one item per open incident), then the run worked through by the real worker code (lib/register-reevaluation/
 *     work.ts) with one worker and, on a second save, two at once; each prints incidents/s;
 *  4. EXPLAIN (ANALYZE, BUFFERS) of the reminders scan (lib/reminders/run.ts) on the N incidents' real obligations,
 *     and the number of obligations it reads against the number that can still remind.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";

const FACTS = {
  incident: { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: "risk" },
  affected: [{ jurisdiction: "US-CA", count: 900 }, { jurisdiction: "US-TX", count: 300 }, { jurisdiction: "US-NY", count: 120 }, { jurisdiction: "DE", count: 40 }],
};
const PROFILE = { timeZone: "America/New_York", establishments: ["US-NY"], dataRole: "controller", flags: {} };

function parseCounts(argv: string[]): number[] | null {
  const index = argv.indexOf("--counts");
  const text = index >= 0 ? argv[index + 1] : process.env.BENCH_REEVALUATION_COUNTS ?? "1000,10000";
  const counts = (text ?? "").split(",").map((v) => Number(v.trim()));
  return counts.every((n) => Number.isInteger(n) && n >= 10) ? counts : null;
}

async function main(): Promise<number> {
  const counts = parseCounts(process.argv.slice(2));
  if (!counts) {
    console.error("Usage: npm run bench:reevaluation [-- --counts 1000,10000]   (or BENCH_REEVALUATION_COUNTS; each ≥ 10)");
    return 2;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), "breachdesk-bench-reevaluation-"));
  const { startEmbeddedPostgres } = await import("../lib/db/embedded");
  const { applyMigrations } = await import("../lib/db/migrate");
  console.log(`bench:reevaluation — ${counts.map((n) => n.toLocaleString("en")).join(", ")} open incidents; ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const database = await startEmbeddedPostgres({ dataDir: path.join(tmp, "db") });
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const admin = new pg.Client({ connectionString: database.url });
    admin.on("error", () => undefined);
    await admin.connect();
    const { insertUser } = await import("../lib/users/service");
    const { saveOrganisationProfile } = await import("../lib/organisation/profile");
    const { reevaluatePending } = await import("../lib/register-reevaluation/work");
    const { disconnectDb } = await import("../lib/db");
    const user = await insertUser({ email: "bench@bench.example", name: "Bench Admin", password: "a long bench password", roles: ["admin", "commander"] });
    const actor = { kind: "user" as const, id: user.id, email: user.email, name: user.name, roles: user.roles };
    const drain = async (workers: number) => {
      const started = performance.now();
      await Promise.all(Array.from({ length: workers }, async () => {
        while ((await reevaluatePending({ limit: 50 })).processed > 0);
      }));
      return (performance.now() - started) / 1000;
    };
    let zone = 0;
    const zones = ["Europe/Paris", "Asia/Tokyo", "America/Chicago", "Europe/Berlin"];
    const save = async (reason: string) => {
      const started = performance.now();
      const result = await saveOrganisationProfile(actor, { profile: { ...PROFILE, timeZone: zones[zone++ % zones.length]! } as never, reason });
      return { ms: performance.now() - started, total: result.reevaluation?.total ?? 0 };
    };

    const rows: string[] = [];
    let seeded = 0;
    for (const count of counts) {
      const adding = count - seeded;
      const seeding = performance.now();
      await admin.query(
        `WITH made AS (
           INSERT INTO incidents (id, title, severity, status, summary, commander_id, declared_at, updated_at)
           SELECT gen_random_uuid(), 'Bench incident ' || n, 'high', 'investigating', '', $1::uuid, now(), now() FROM generate_series(1, $2::int) n
           RETURNING id),
         facts AS (INSERT INTO incident_facts (incident_id, facts, updated_at) SELECT id, $3::jsonb, now() FROM made RETURNING incident_id)
         INSERT INTO incident_declarations (id, incident_id, moment, at, reason, declared_by_id, declared_by_label)
         SELECT gen_random_uuid(), incident_id, m, '2026-11-20T15:00:00Z', 'Bench', $1::uuid, 'Bench Admin'
           FROM facts, unnest(ARRAY['discovered', 'breachDetermined', 'aware']) m`,
        [user.id, adding, JSON.stringify(FACTS)],
      );
      seeded = count;
      // The first save under the profile builds every new incident's register (not measured: the steady state is).
      await save("bench: registers built");
      await drain(2);
      const obligations = Number((await admin.query<{ n: string }>("SELECT count(*) AS n FROM obligations")).rows[0]!.n);
      console.log(`${count.toLocaleString("en")} open incidents seeded and their registers built (${obligations.toLocaleString("en")} obligations) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

      const one = await save("bench: moved, one worker");
      const oneSeconds = await drain(1);
      const two = await save("bench: moved, two workers");
      const twoSeconds = await drain(2);
      const failed = Number((await admin.query<{ n: string }>("SELECT count(*) AS n FROM register_reevaluation_items WHERE status <> 'done'")).rows[0]!.n);
      if (one.total !== count || two.total !== count || failed !== 0) throw new Error(`run sizes ${one.total}/${two.total} of ${count}, ${failed} items not done`);
      rows.push(`| ${count.toLocaleString("en")} | ${one.ms.toFixed(0)} / ${two.ms.toFixed(0)} ms | ${oneSeconds.toFixed(1)} s (${Math.round(count / oneSeconds)}/s) | ${twoSeconds.toFixed(1)} s (${Math.round(count / twoSeconds)}/s) |`);
      console.log(rows.at(-1));

      await admin.query("VACUUM ANALYZE obligations");
      const remindable = Number((await admin.query<{ n: string }>("SELECT count(*) AS n FROM obligations WHERE applies = 'yes' AND met_at IS NULL AND retired_at IS NULL AND due_at IS NOT NULL")).rows[0]!.n);
      const due = Number((await admin.query<{ n: string }>("SELECT count(*) AS n FROM obligations WHERE next_reminder_at <= now()")).rows[0]!.n);
      const plan = await admin.query<{ "QUERY PLAN": string }>("EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM obligations WHERE next_reminder_at <= now() ORDER BY next_reminder_at LIMIT 200");
      console.log(`reminders scan at ${count.toLocaleString("en")} incidents: ${obligations.toLocaleString("en")} obligations, ${remindable.toLocaleString("en")} can still remind, ${due.toLocaleString("en")} due now (read by the scan)`);
      console.log(plan.rows.map((r) => `    ${r["QUERY PLAN"]}`).join("\n"));
    }
    await admin.end();
    await disconnectDb();
    console.log("");
    console.log("| open incidents | save latency (1st / 2nd save) | run, one worker | run, two workers |");
    console.log("|---|---|---|---|");
    for (const row of rows) console.log(row);
    console.log(`load after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    return 0;
  } finally {
    await database.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
