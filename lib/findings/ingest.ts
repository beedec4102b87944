import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { pgExecutor, type TSqlExecutor, withSqlTransaction } from "@/lib/db/sql";
import { appendTimelineEventWith, type TTimelineActor } from "@/lib/timeline/append";
import { normalizeFinding } from "@/lib/findings/normalize";
import { describeChanges, type TFindingState } from "@/lib/findings/changes";
import type { TNormalizedFinding } from "@/lib/findings/schemas";

/** One finding as received: the parsed value and the exact JSON text it came as (stored verbatim). */
export type TIncomingFinding = { value: unknown; raw: string };

export type TRejection = { index: number; key?: string; reasons: { name: string; reason: string }[] };

export type TIngestCounts = { received: number; inserted: number; updated: number; unchanged: number; rejected: number };
export type TIngestResult = TIngestCounts & { versionsStored: number; rejections: TRejection[] };

export const INGEST_BATCH_SIZE = 500;

export function emptyResult(): TIngestResult {
  return { received: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, versionsStored: 0, rejections: [] };
}

export function addResults(total: TIngestResult, part: TIngestResult, indexOffset = 0): TIngestResult {
  return {
    received: total.received + part.received,
    inserted: total.inserted + part.inserted,
    updated: total.updated + part.updated,
    unchanged: total.unchanged + part.unchanged,
    rejected: total.rejected + part.rejected,
    versionsStored: total.versionsStored + part.versionsStored,
    rejections: [...total.rejections, ...part.rejections.map((r) => ({ ...r, index: r.index + indexOffset }))],
  };
}

type TValid = { finding: TNormalizedFinding; key: string; raw: string; hash: string };

const key = (f: { productArn: string; awsId: string }) => `${f.productArn}\u0000${f.awsId}`;

/** A batch validated, normalized, hashed and serialized: the CPU half of ingestion, done while the previous batch commits. */
export type TPreparedBatch = {
  result: TIngestResult;
  validCount: number;
  newest: Map<string, TValid>;
  keysJson: string;
  rowsJson: string;
  versionsJson: string;
};

export type TIngestOptions = {
  via: string;
  actor: TTimelineActor;
  /**
   * Commit without waiting for the WAL to reach disk (synchronous_commit = off), for a caller that acknowledges
   * nothing until it has called `makeCommitsDurable()`: a crash before then can lose the latest batches, never
   * half of one, and the caller has told no one they were stored. Pushes, acknowledged per request, leave it off.
   */
  deferDurability?: boolean;
  /** Runs in the batch's transaction after the findings are written (a pull moves its watermark here). */
  alsoInTransaction?: (sql: TSqlExecutor) => Promise<unknown>;
};

/** Findings prepared between two turns of the event loop, so the SQL of the batch committing meanwhile is not held up. */
const PREPARE_SLICE = 50;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function prepareBatch(items: TIncomingFinding[]): Promise<TPreparedBatch> {
  const result = emptyResult();
  result.received = items.length;
  const valid: TValid[] = [];
  for (let index = 0; index < items.length; index += 1) {
    if (index > 0 && index % PREPARE_SLICE === 0) await nextTurn();
    const item = items[index]!;
    const normalized = normalizeFinding(item.value);
    if (!normalized.ok) {
      result.rejected += 1;
      result.rejections.push({ index, ...(normalized.key ? { key: normalized.key } : {}), reasons: normalized.reasons });
      continue;
    }
    const finding = normalized.finding;
    valid.push({ finding, key: key(finding), raw: item.raw, hash: createHash("sha256").update(item.raw).digest("hex") });
  }

  // Within one batch, the newest version of each finding competes for the row (a statement cannot update a row
  // twice); every distinct version is still stored. Rows are written in key order, so two batches committing at
  // once take their locks in the same order.
  const newest = new Map<string, TValid>();
  for (const item of valid) {
    const previous = newest.get(item.key);
    if (!previous || previous.finding.updatedAt < item.finding.updatedAt) newest.set(item.key, item);
  }
  const candidates = [...newest.values()].sort(byKeyThenHash);
  const versions = dedupe(valid).sort(byKeyThenHash);
  return {
    result,
    validCount: valid.length,
    newest,
    keysJson: JSON.stringify(candidates.map((c) => ({ p: c.finding.productArn, a: c.finding.awsId }))),
    rowsJson: JSON.stringify(candidates.map(toRow)),
    versionsJson: JSON.stringify(
      versions.map((v) => ({ product_arn: v.finding.productArn, aws_id: v.finding.awsId, hash: v.hash, raw: v.raw, updated_at: v.finding.updatedAt })),
    ),
  };
}

/**
 * The one idempotent upsert every path (pull, push, import) feeds. One transaction per batch:
 *  1. lock the stored rows of the batch's findings (in a fixed order) and read their current state;
 *  2. one multi-row INSERT … ON CONFLICT DO UPDATE … WHERE stored.updated_at < incoming.updated_at, so a version
 *     replaces the stored one only when it is newer, and a replay changes nothing;
 *  3. one multi-row INSERT of every distinct raw payload into finding_versions (unique on finding + SHA-256);
 *  4. for findings linked to an incident whose severity rose or that were resolved or archived, a timeline event
 *     on the incident, in the same transaction.
 */
export async function commitBatch(prepared: TPreparedBatch, options: TIngestOptions): Promise<TIngestResult> {
  const result = { ...prepared.result, rejections: [...prepared.result.rejections] };
  const alsoInTransaction = options.alsoInTransaction;
  if (prepared.validCount === 0) {
    if (alsoInTransaction) await withSqlTransaction((client) => alsoInTransaction(pgExecutor(client)));
    return result;
  }
  const { newest } = prepared;
  // node-postgres rather than Prisma: Prisma's handling of these megabyte-sized parameters cost more CPU than the
  // rest of ingestion together (measured with `npm run bench:ingest`).
  const outcome = await withSqlTransaction(async (client) => {
    const sql = pgExecutor(client);
    if (options.deferDurability) await client.query("SET LOCAL synchronous_commit = off");
    const before = await sql<TFindingState & { product_arn: string; aws_id: string }>(
      `SELECT f.product_arn, f.aws_id, f.severity_label AS "severityLabel", f.severity_rank AS "severityRank",
              f.record_state AS "recordState", f.workflow_status AS "workflowStatus", f.compliance_status AS "complianceStatus"
         FROM findings f JOIN jsonb_to_recordset($1::jsonb) AS k(p text, a text) ON f.product_arn = k.p AND f.aws_id = k.a
        ORDER BY f.product_arn, f.aws_id FOR UPDATE OF f`,
      [prepared.keysJson],
    );
    const previous = new Map(before.map((row) => [key({ productArn: row.product_arn, awsId: row.aws_id }), row]));

    const rows = await sql<{ id: string; product_arn: string; aws_id: string; inserted: boolean; incident_id: string | null; title: string }>(
      UPSERT_SQL,
      [prepared.rowsJson],
    );
    const versions = await sql<{ n: string }>(VERSIONS_SQL, [prepared.versionsJson, options.via]);

    let inserted = 0;
    let updated = 0;
    for (const row of rows) {
      if (row.inserted) {
        inserted += 1;
        continue;
      }
      updated += 1;
      const old = previous.get(key({ productArn: row.product_arn, awsId: row.aws_id }));
      const now = newest.get(key({ productArn: row.product_arn, awsId: row.aws_id }));
      if (!row.incident_id || !old || !now) continue;
      const changes = describeChanges(old, now.finding);
      if (changes.length === 0) continue;
      await appendTimelineEventWith(sql, {
        incidentId: row.incident_id,
        kind: "finding.changed",
        actor: options.actor,
        payload: { finding: { id: row.id, title: row.title, awsId: row.aws_id }, changes },
      });
    }
    await alsoInTransaction?.(sql);
    return { inserted, updated, versionsStored: Number(versions[0]?.n ?? 0) };
  });

  result.inserted = outcome.inserted;
  result.updated = outcome.updated;
  result.unchanged = prepared.validCount - outcome.inserted - outcome.updated;
  result.versionsStored = outcome.versionsStored;
  return result;
}

export async function ingestBatch(items: TIncomingFinding[], options: TIngestOptions): Promise<TIngestResult> {
  return commitBatch(await prepareBatch(items), options);
}

/**
 * Waits until every transaction committed so far (including those with `deferDurability`) is on disk: a
 * synchronous commit flushes the WAL up to its own commit record, which follows all earlier ones.
 */
export async function makeCommitsDurable(): Promise<void> {
  await prisma.$queryRaw`SELECT pg_current_xact_id()::text AS xid`;
}

function byKeyThenHash(a: TValid, b: TValid): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}

function dedupe(items: TValid[]): TValid[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = `${item.key}\u0000${item.hash}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toRow(item: TValid) {
  const f = item.finding;
  return {
    product_arn: f.productArn,
    aws_id: f.awsId,
    format: f.format,
    title: f.title,
    description: f.description,
    severity_label: f.severityLabel,
    severity_rank: f.severityRank,
    types: f.types,
    product_name: f.productName,
    aws_account_id: f.awsAccountId,
    region: f.region,
    resources: f.resources,
    resource_ids: f.resources.map((r) => r.id),
    first_observed_at: f.firstObservedAt,
    last_observed_at: f.lastObservedAt,
    source_created_at: f.createdAt,
    source_updated_at: f.updatedAt,
    compliance_status: f.complianceStatus,
    record_state: f.recordState,
    workflow_status: f.workflowStatus,
    current_hash: item.hash,
  };
}

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
  SELECT gen_random_uuid(), f.id, v.hash, v.raw, v.updated_at, $2
    FROM jsonb_to_recordset($1::jsonb) AS v(product_arn text, aws_id text, hash text, raw text, updated_at timestamptz)
    JOIN findings f ON f.product_arn = v.product_arn AND f.aws_id = v.aws_id
  ON CONFLICT (finding_id, payload_hash) DO NOTHING
  RETURNING 1)
SELECT count(*) AS n FROM added`;
