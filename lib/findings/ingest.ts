import "server-only";
import { hash as digest } from "node:crypto";
import { pgExecutor, sqlRows, type TSqlExecutor, withSqlTransaction } from "@/lib/db/sql";
import { findingKey, type TLane, type TLaneOutcome, writeLane } from "@/lib/findings/ingest-lane";
import type { TTimelineActor } from "@/lib/timeline/append";
import { normalizeFinding } from "@/lib/findings/normalize";
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

type TValid = { finding: TNormalizedFinding; key: string; raw: string; hash: string; lane: number };

const key = (f: { productArn: string; awsId: string }) => findingKey(f.productArn, f.awsId);

/** A batch validated, normalized, hashed and serialized: the CPU half of ingestion, done while the previous batch commits. */
export type TPreparedBatch = {
  result: TIngestResult;
  validCount: number;
  newest: Map<string, TValid>;
  lanes: TLane[];
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
  /**
   * Runs after the findings are written (a pull moves its watermark here): in the batch's transaction when it has
   * one lane, in a transaction of its own once every lane has committed when it has several.
   */
  alsoInTransaction?: (sql: TSqlExecutor) => Promise<unknown>;
};

/** Findings prepared between two turns of the event loop, so the SQL of the batch committing meanwhile is not held up. */
const PREPARE_SLICE = 50;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `lanes` > 1 splits the batch by a hash of each finding's key into that many transactions committed side by side
 * (the database then works on two cores): every version of a finding is in the same lane, so lanes never touch the
 * same rows. Only for callers that can live with one lane committed and another failed (a replay fixes it): bulk
 * import and pull, not a push acknowledged as a whole.
 */
export async function prepareBatch(items: TIncomingFinding[], lanes = 1): Promise<TPreparedBatch> {
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
    const identity = key(finding);
    // One-shot hashing: a Hash object per finding cost more than the digest of its few kilobytes.
    valid.push({ finding, key: identity, raw: item.raw, hash: digest("sha256", item.raw, "hex"), lane: lanes === 1 ? 0 : fnv1a(identity) % lanes });
  }

  // Within one batch, the newest version of each finding competes for the row (a statement cannot update a row
  // twice); every distinct version is still stored. Rows are written in key order.
  const newest = new Map<string, TValid>();
  for (const item of valid) {
    const previous = newest.get(item.key);
    if (!previous || previous.finding.updatedAt < item.finding.updatedAt) newest.set(item.key, item);
  }
  const candidates = [...newest.values()].sort(byKeyThenHash);
  const versions = dedupe(valid).sort(byKeyThenHash);
  const laneList: TLane[] = [];
  for (let lane = 0; lane < lanes; lane += 1) {
    const laneCandidates = candidates.filter((c) => c.lane === lane);
    if (laneCandidates.length === 0) continue;
    const laneVersions = versions.filter((v) => v.lane === lane);
    const raws = packRawPayloads(laneVersions.map((v) => v.raw));
    laneList.push({
      keysJson: JSON.stringify(laneCandidates.map((c) => ({ p: c.finding.productArn, a: c.finding.awsId }))),
      rowsJson: JSON.stringify(laneCandidates.map(toRow)),
      versionsJson: JSON.stringify(
        laneVersions.map((v, i) => ({
          product_arn: v.finding.productArn,
          aws_id: v.finding.awsId,
          hash: v.hash,
          raw_at: raws.at[i],
          raw_bytes: raws.bytes[i],
          updated_at: v.finding.updatedAt,
        })),
      ),
      rawPayloads: raws.buffer,
    });
  }
  return { result, validCount: valid.length, newest, lanes: laneList };
}

/**
 * The one idempotent upsert every path (pull, push, import) feeds: each lane of the batch in one transaction
 * (see writeLane), on node-postgres rather than Prisma — Prisma's handling of these megabyte-sized parameters cost
 * more CPU than the rest of ingestion together (measured with `npm run bench:ingest`).
 */
export async function commitBatch(prepared: TPreparedBatch, options: TIngestOptions): Promise<TIngestResult> {
  const result = { ...prepared.result, rejections: [...prepared.result.rejections] };
  const { alsoInTransaction } = options;
  const { newest, lanes } = prepared;
  let outcomes: TLaneOutcome[];
  if (lanes.length === 1) {
    outcomes = [
      await withSqlTransaction(async (client) => {
        const outcome = await writeLane(client, lanes[0]!, newest, options);
        await alsoInTransaction?.(pgExecutor(client));
        return outcome;
      }),
    ];
  } else {
    // Every lane settles before this returns or throws: no transaction outlives the batch.
    const settled = await Promise.allSettled(lanes.map((lane) => withSqlTransaction((client) => writeLane(client, lane, newest, options))));
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    outcomes = settled.map((s) => (s as PromiseFulfilledResult<TLaneOutcome>).value);
    if (alsoInTransaction) {
      await withSqlTransaction(async (client) => {
        if (options.deferDurability) await client.query("SET LOCAL synchronous_commit = off");
        await alsoInTransaction(pgExecutor(client));
      });
    }
  }
  result.inserted = outcomes.reduce((n, o) => n + o.inserted, 0);
  result.updated = outcomes.reduce((n, o) => n + o.updated, 0);
  result.unchanged = prepared.validCount - result.inserted - result.updated;
  result.versionsStored = outcomes.reduce((n, o) => n + o.versionsStored, 0);
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
  await sqlRows("SELECT pg_current_xact_id()::text AS xid", []);
}

/**
 * The raw payloads of a lane, back to back as UTF-8, with each one's byte offset and length: the SQL cuts them out
 * of one binary parameter. Carried inside the JSON parameter instead, every payload was escaped (each quote of its
 * JSON doubled into the string) by JSON.stringify here and unescaped again by PostgreSQL, the largest single cost
 * of preparing a batch (bench:ingest).
 */
function packRawPayloads(raws: string[]): { buffer: Buffer; at: number[]; bytes: number[] } {
  const bytes = raws.map((raw) => Buffer.byteLength(raw, "utf8"));
  const buffer = Buffer.allocUnsafe(bytes.reduce((sum, n) => sum + n, 0));
  const at: number[] = [];
  let offset = 0;
  for (const raw of raws) {
    at.push(offset);
    offset += buffer.write(raw, offset, "utf8");
  }
  return { buffer, at, bytes };
}

/** FNV-1a: a cheap, stable spread of keys over lanes. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
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
