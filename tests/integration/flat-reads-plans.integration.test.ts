import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { incidentListSql } from "@/lib/incidents/read-queries";
import { resetDatabase } from "./reset-db";
import { actorOf, createUser } from "./api-helpers";
import { testDatabaseUrl } from "./database-url";

/**
 * Reads that stay flat as data grows (issue 21 point 3), proven by the planner: with a few thousand incidents and
 * tens of thousands of timeline events and obligations (ANALYZEd), the search, the bulk-send claim
 * and the reminders scan go through their indexes and never Seq Scan the big table. The figures at 10,000 incidents /
 * 1,000,000 events are in docs/benchmarks.md (scripts/bench-flat-reads.ts).
 */

type TPlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: TPlanNode[] };

function nodes(plan: TPlanNode): TPlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

const INCIDENTS = 4_000;
const EVENTS_PER_INCIDENT = 8;

describe("query plans at scale (EXPLAIN)", () => {
  let client: pg.Client;
  let engineer: Awaited<ReturnType<typeof createUser>>;

  async function plan(text: string, values: readonly unknown[] = []): Promise<TPlanNode[]> {
    const { rows } = await client.query<{ "QUERY PLAN": { Plan: TPlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${text}`, [...values]);
    return nodes(rows[0]!["QUERY PLAN"][0]!.Plan);
  }

  const seqScans = (all: TPlanNode[], table: string) => all.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === table);
  const indexesUsed = (all: TPlanNode[]) => all.map((n) => n["Index Name"]).filter(Boolean);

  beforeAll(async () => {
    await resetDatabase();
    const commander = await createUser(["commander"], "Casey");
    engineer = await createUser(["engineer"], "Eli");
    client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    await client.query(
      `INSERT INTO incidents (id, title, severity, status, summary, commander_id, declared_at, updated_at, restricted)
       SELECT gen_random_uuid(), 'Incident ' || n || ' ' || md5(n::text), 'high', 'triage', 'Summary ' || md5((n * 7)::text),
              $1::uuid, now() - n * interval '1 minute', now(), n % 10 = 0
         FROM generate_series(1, ${INCIDENTS}) n`,
      [commander.id],
    );
    await client.query(
      `INSERT INTO timeline_events (id, incident_id, sequence, kind, occurred_at, actor_label, payload, prev_hash, hash)
       SELECT gen_random_uuid(), i.id, s, CASE WHEN s = 1 THEN 'note.added' ELSE 'incident.updated' END, now(), 'seed',
              jsonb_build_object('text', 'note ' || md5(i.id::text || s)), '', md5(i.id::text || s)
         FROM incidents i, generate_series(1, ${EVENTS_PER_INCIDENT}) s`,
    );
    // Three obligations per incident: one reminding in the future, one that will not remind again, one met.
    await client.query(
      `INSERT INTO obligations (id, incident_id, rule_id, recipient, rule_version, catalog_version, rule_snapshot, applies, status, evaluation, due_at, met_at, next_reminder_at, updated_at)
       SELECT gen_random_uuid(), i.id, 'RULE-' || k, 'regulator', '1', '1', '{}', 'yes', 'on_track', '{}', now() + interval '3 days',
              CASE WHEN k = 3 THEN now() END, CASE WHEN k = 1 THEN now() + (random() * interval '3 days') END, now()
         FROM incidents i, generate_series(1, 3) k`,
    );
    // VACUUM as autovacuum would: it also merges the GIN indexes' pending lists, which the planner costs as a full read.
    await client.query("VACUUM ANALYZE incidents, timeline_events, notice_recipients, obligations");
    // At a test's few thousand rows a Seq Scan of a 50-page table is honestly cheaper, so the planner is asked to
    // avoid one: it then still Seq Scans (marked disabled) wherever no index can answer the condition, which is what
    // these tests catch (a parameterised kind list the partial index cannot be proven to cover, a LIKE the trigram
    // operator class does not serve, a missing index). The real choice at 10,000 / 1,000,000 is in docs/benchmarks.md.
    await client.query("SET enable_seqscan = off");
  }, 120_000);

  it("incident search reads the trigram indexes, never the whole incident or timeline table", async () => {
    const { text, values } = incidentListSql({ q: "a1b2c", limit: 50 }, actorOf(engineer));
    const all = await plan(text, values);
    expect(seqScans(all, "incidents")).toEqual([]);
    expect(seqScans(all, "timeline_events")).toEqual([]);
    expect(indexesUsed(all)).toEqual(
      expect.arrayContaining([
        "incidents_title_trgm_idx",
        "incidents_summary_trgm_idx",
        "timeline_events_note_text_trgm_idx",
        "timeline_events_note_rationale_trgm_idx",
      ]),
    );
  });

  it("the visibility filter is in the same WHERE as the search, below the LIMIT (a page is never short)", async () => {
    const { text } = incidentListSql({ q: "a1b2c", limit: 50 }, actorOf(engineer));
    const where = text.slice(text.indexOf("WHERE"), text.lastIndexOf("LIMIT"));
    expect(where).toMatch(/restricted/);
    expect(where).toMatch(/i\.id IN \(SELECT id FROM incidents WHERE title ILIKE/);
    expect(text).not.toMatch(/LIMIT[^$]*\$\d+[\s\S]*restricted/); // no inner LIMIT before visibility
  });

  it("the bulk-send claim reads only claimable recipients (partial index on pending / sending)", async () => {
    // The inner SELECT of claimNext in lib/notices/outbox.ts, with values bound as there.
    const all = await plan(
      `SELECT id FROM notice_recipients
        WHERE send_id = $1::uuid
          AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $2)))
        ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED`,
      ["00000000-0000-0000-0000-000000000000", 60],
    );
    expect(seqScans(all, "notice_recipients")).toEqual([]);
    expect(indexesUsed(all)).toContain("notice_recipients_claimable_idx");
  });

  it("the reminders scan reads only obligations whose next reminder instant has come (partial index on it)", async () => {
    // What runReminders (lib/reminders/run.ts) asks for: the due rows, oldest first, a batch at a time.
    const all = await plan(`SELECT o.id FROM obligations o WHERE o.next_reminder_at <= now() ORDER BY o.next_reminder_at LIMIT 200`);
    expect(seqScans(all, "obligations")).toEqual([]);
    expect(indexesUsed(all)).toContain("obligations_next_reminder_idx");
  });
});
