import "server-only";
import type pg from "pg";
import { pgExecutor } from "@/lib/db/sql";
import { describeChanges, type TFindingState } from "@/lib/findings/changes";
import type { TNormalizedFinding } from "@/lib/findings/schemas";
import { appendTimelineEventWith, type TTimelineActor } from "@/lib/timeline/append";

/**
 * One transaction's share of a batch: findings whose keys fall in this lane, serialized for the SQL below. The
 * versions' raw payloads travel as one binary parameter (UTF-8, back to back); each version names its bytes in it.
 */
export type TLane = { keysJson: string; rowsJson: string; versionsJson: string; rawPayloads: Buffer };

export type TLaneOutcome = { inserted: number; updated: number; versionsStored: number };

/**
 * Writes one lane in the caller's transaction:
 *  1. lock the stored rows of the lane's findings (in key order) and read their current state;
 *  2. one multi-row INSERT … ON CONFLICT DO UPDATE … WHERE stored.updated_at < incoming.updated_at, so a version
 *     replaces the stored one only when it is newer, and a replay changes nothing;
 *  3. one multi-row INSERT of every distinct raw payload into finding_versions (unique on finding + SHA-256);
 *  4. for findings linked to an incident whose severity rose or that were resolved or archived, a timeline event
 *     on the incident, appended in incident order (so lanes committing side by side lock incidents in one order).
 */
export async function writeLane(
  client: pg.ClientBase,
  lane: TLane,
  newest: Map<string, { finding: TNormalizedFinding }>,
  options: { via: string; actor: TTimelineActor; deferDurability?: boolean },
): Promise<TLaneOutcome> {
  const sql = pgExecutor(client);
  if (options.deferDurability) await client.query("SET LOCAL synchronous_commit = off");
  const before = await sql<TFindingState & { product_arn: string; aws_id: string }>(LOCK_SQL, [lane.keysJson]);
  const previous = new Map(before.map((row) => [findingKey(row.product_arn, row.aws_id), row]));
  const rows = await sql<{ id: string; product_arn: string; aws_id: string; inserted: boolean; incident_id: string | null; title: string }>(
    UPSERT_SQL,
    [lane.rowsJson],
  );
  const versions = await sql<{ n: string }>(VERSIONS_SQL, [lane.versionsJson, options.via, lane.rawPayloads]);

  let inserted = 0;
  const changed: { incidentId: string; finding: { id: string; title: string; awsId: string }; changes: ReturnType<typeof describeChanges> }[] = [];
  for (const row of rows) {
    if (row.inserted) {
      inserted += 1;
      continue;
    }
    const old = previous.get(findingKey(row.product_arn, row.aws_id));
    const now = newest.get(findingKey(row.product_arn, row.aws_id));
    if (!row.incident_id || !old || !now) continue;
    const changes = describeChanges(old, now.finding);
    if (changes.length > 0) changed.push({ incidentId: row.incident_id, finding: { id: row.id, title: row.title, awsId: row.aws_id }, changes });
  }
  changed.sort((a, b) => (a.incidentId < b.incidentId ? -1 : a.incidentId > b.incidentId ? 1 : 0));
  for (const { incidentId, finding, changes } of changed) {
    await appendTimelineEventWith(sql, { incidentId, kind: "finding.changed", actor: options.actor, payload: { finding, changes } });
  }
  return { inserted, updated: rows.length - inserted, versionsStored: Number(versions[0]?.n ?? 0) };
}

/** How a finding is identified within a batch: (ProductArn, Id). */
export const findingKey = (productArn: string, awsId: string) => `${productArn}\u0000${awsId}`;

const LOCK_SQL = `
SELECT f.product_arn, f.aws_id, f.severity_label AS "severityLabel", f.severity_rank AS "severityRank",
       f.record_state AS "recordState", f.workflow_status AS "workflowStatus", f.compliance_status AS "complianceStatus"
  FROM findings f JOIN jsonb_to_recordset($1::jsonb) AS k(p text, a text) ON f.product_arn = k.p AND f.aws_id = k.a
 ORDER BY f.product_arn, f.aws_id FOR UPDATE OF f`;

const UPSERT_SQL = `
INSERT INTO findings AS f (id, product_arn, aws_id, format, title, description, severity_label, severity_rank, types,
  product_name, aws_account_id, region, resources, resource_ids, first_observed_at, last_observed_at, source_created_at,
  source_updated_at, compliance_status, record_state, workflow_status, current_hash)
SELECT gen_random_uuid(), i.product_arn, i.aws_id, i.format, i.title, i.description, i.severity_label, i.severity_rank,
  i.types, i.product_name, i.aws_account_id, i.region, i.resources, i.resource_ids, i.first_observed_at, i.last_observed_at,
  i.source_created_at, i.source_updated_at, i.compliance_status, i.record_state, i.workflow_status, i.current_hash
FROM jsonb_to_recordset($1::jsonb) AS i(product_arn text, aws_id text, format text, title text, description text,
  severity_label text, severity_rank int, types text[], product_name text, aws_account_id text, region text,
  resources jsonb, resource_ids text[], first_observed_at timestamptz, last_observed_at timestamptz,
  source_created_at timestamptz, source_updated_at timestamptz, compliance_status text, record_state text,
  workflow_status text, current_hash text)
ON CONFLICT (product_arn, aws_id) DO UPDATE SET
  format = EXCLUDED.format, title = EXCLUDED.title, description = EXCLUDED.description,
  severity_label = EXCLUDED.severity_label, severity_rank = EXCLUDED.severity_rank, types = EXCLUDED.types,
  product_name = EXCLUDED.product_name, aws_account_id = EXCLUDED.aws_account_id, region = EXCLUDED.region,
  resources = EXCLUDED.resources, resource_ids = EXCLUDED.resource_ids, first_observed_at = EXCLUDED.first_observed_at,
  last_observed_at = EXCLUDED.last_observed_at, source_created_at = EXCLUDED.source_created_at,
  source_updated_at = EXCLUDED.source_updated_at, compliance_status = EXCLUDED.compliance_status,
  record_state = EXCLUDED.record_state, workflow_status = EXCLUDED.workflow_status, current_hash = EXCLUDED.current_hash,
  last_ingested_at = now(),
  -- A linked finding stays linked; a dismissed one stays dismissed unless its severity rose; others show as updated.
  triage = CASE
    WHEN f.triage = 'linked' THEN 'linked'::"FindingTriage"
    WHEN f.triage = 'dismissed' AND EXCLUDED.severity_rank <= f.severity_rank THEN 'dismissed'::"FindingTriage"
    WHEN f.triage = 'new' THEN 'new'::"FindingTriage"
    ELSE 'updated'::"FindingTriage" END
WHERE f.source_updated_at < EXCLUDED.source_updated_at
RETURNING f.id::text, f.product_arn, f.aws_id, (f.xmax = 0) AS inserted, f.incident_id, f.title`;

const VERSIONS_SQL = `
WITH added AS (
  INSERT INTO finding_versions (id, finding_id, payload_hash, raw, source_updated_at, via)
  SELECT gen_random_uuid(), f.id, v.hash, convert_from(substring($3::bytea FROM v.raw_at + 1 FOR v.raw_bytes), 'UTF8'),
         v.updated_at, $2
    FROM jsonb_to_recordset($1::jsonb) AS v(product_arn text, aws_id text, hash text, raw_at int, raw_bytes int, updated_at timestamptz)
    JOIN findings f ON f.product_arn = v.product_arn AND f.aws_id = v.aws_id
  ON CONFLICT (finding_id, payload_hash) DO NOTHING
  RETURNING 1)
SELECT count(*) AS n FROM added`;
