import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";
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

type TValid = { finding: TNormalizedFinding; raw: string; hash: string };

const key = (f: { productArn: string; awsId: string }) => `${f.productArn}\u0000${f.awsId}`;

/**
 * The one idempotent upsert every path (pull, push, import) feeds. One transaction per batch:
 *  1. lock the stored rows of the batch's findings (in a fixed order) and read their current state;
 *  2. one multi-row INSERT … ON CONFLICT DO UPDATE … WHERE stored.updated_at < incoming.updated_at, so a version
 *     replaces the stored one only when it is newer, and a replay changes nothing;
 *  3. one multi-row INSERT of every distinct raw payload into finding_versions (unique on finding + SHA-256);
 *  4. for findings linked to an incident whose severity rose or that were resolved or archived, a timeline event
 *     on the incident, in the same transaction.
 */
export async function ingestBatch(
  items: TIncomingFinding[],
  options: { via: string; actor: TTimelineActor },
): Promise<TIngestResult> {
  const result = emptyResult();
  result.received = items.length;
  const valid: TValid[] = [];
  items.forEach((item, index) => {
    const normalized = normalizeFinding(item.value);
    if (!normalized.ok) {
      result.rejected += 1;
      result.rejections.push({ index, ...(normalized.key ? { key: normalized.key } : {}), reasons: normalized.reasons });
      return;
    }
    valid.push({ finding: normalized.finding, raw: item.raw, hash: createHash("sha256").update(item.raw).digest("hex") });
  });
  if (valid.length === 0) return result;

  // Within one batch, the newest version of each finding competes for the row (a statement cannot update a row
  // twice); every distinct version is still stored below.
  const newest = new Map<string, TValid>();
  for (const item of valid) {
    const previous = newest.get(key(item.finding));
    if (!previous || previous.finding.updatedAt < item.finding.updatedAt) newest.set(key(item.finding), item);
  }
  const candidates = [...newest.values()].sort((a, b) => (key(a.finding) < key(b.finding) ? -1 : 1));

  const outcome = await prisma.$transaction(
    async (tx) => {
      const keysJson = JSON.stringify(candidates.map((c) => ({ p: c.finding.productArn, a: c.finding.awsId })));
      const before = await tx.$queryRawUnsafe<(TFindingState & { product_arn: string; aws_id: string })[]>(
        `SELECT f.product_arn, f.aws_id, f.severity_label AS "severityLabel", f.severity_rank AS "severityRank",
                f.record_state AS "recordState", f.workflow_status AS "workflowStatus", f.compliance_status AS "complianceStatus"
           FROM findings f JOIN jsonb_to_recordset($1::jsonb) AS k(p text, a text) ON f.product_arn = k.p AND f.aws_id = k.a
          ORDER BY f.product_arn, f.aws_id FOR UPDATE OF f`,
        keysJson,
      );
      const previous = new Map(before.map((row) => [key({ productArn: row.product_arn, awsId: row.aws_id }), row]));

      const rows = await tx.$queryRawUnsafe<
        { id: string; product_arn: string; aws_id: string; inserted: boolean; incident_id: string | null; title: string }[]
      >(UPSERT_SQL, JSON.stringify(candidates.map(toRow)));

      const versions = await tx.$queryRawUnsafe<{ n: bigint }[]>(
        VERSIONS_SQL,
        JSON.stringify(
          dedupe(valid).map((v) => ({
            product_arn: v.finding.productArn,
            aws_id: v.finding.awsId,
            hash: v.hash,
            raw: v.raw,
            updated_at: v.finding.updatedAt,
          })),
        ),
        options.via,
      );

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
        await appendTimelineEvent(tx, {
          incidentId: row.incident_id,
          kind: "finding.changed",
          actor: options.actor,
          payload: { finding: { id: row.id, title: row.title, awsId: row.aws_id }, changes },
        });
      }
      return { inserted, updated, versionsStored: Number(versions[0]?.n ?? 0) };
    },
    { timeout: 60_000 },
  );

  result.inserted = outcome.inserted;
  result.updated = outcome.updated;
  result.unchanged = valid.length - outcome.inserted - outcome.updated;
  result.versionsStored = outcome.versionsStored;
  return result;
}

function dedupe(items: TValid[]): TValid[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = `${key(item.finding)}\u0000${item.hash}`;
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
RETURNING f.id, f.product_arn, f.aws_id, (f.xmax = 0) AS inserted, f.incident_id, f.title`;

const VERSIONS_SQL = `
WITH added AS (
  INSERT INTO finding_versions (id, finding_id, payload_hash, raw, source_updated_at, via)
  SELECT gen_random_uuid(), f.id, v.hash, v.raw, v.updated_at, $2
    FROM jsonb_to_recordset($1::jsonb) AS v(product_arn text, aws_id text, hash text, raw text, updated_at timestamptz)
    JOIN findings f ON f.product_arn = v.product_arn AND f.aws_id = v.aws_id
  ON CONFLICT (finding_id, payload_hash) DO NOTHING
  RETURNING 1)
SELECT count(*) AS n FROM added`;

/** Used by tests and services that already hold a transaction. */
export type TTx = Prisma.TransactionClient;
