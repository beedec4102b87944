import "server-only";
import { hash as digest } from "node:crypto";
import { pgExecutor, sqlRows, type TSqlExecutor, withSqlTransaction } from "@/lib/db/sql";
import { findingKey, type TLane, type TLaneOutcome, writeLane } from "@/lib/findings/ingest-lane";
import type { TTimelineActor } from "@/lib/timeline/append";
import { normalizeFinding } from "@/lib/findings/normalize";
import type { TNormalizedFinding } from "@/lib/findings/schemas";
import { unindexableKeyReason, unstorableTextReason, unstorableValue } from "@/lib/db/storable";
import { hasUndecodableBytes } from "@/lib/http/utf8";
import { log } from "@/lib/log";

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

/** A finding that passed preparation: `row` is exactly what its findings row is written from. */
type TValid = { index: number; finding: TNormalizedFinding; row: TFindingRow; key: string; raw: string; hash: string; lane: number };

const key = (f: { productArn: string; awsId: string }) => findingKey(f.productArn, f.awsId);

/** One lane as written (TLane) and the findings it was serialized from, to split it if PostgreSQL refuses it. */
type TPreparedLane = TLane & { candidates: TValid[]; versions: TValid[] };

/** A batch validated, normalized, hashed and serialized: the CPU half of ingestion, done while the previous batch commits. */
export type TPreparedBatch = {
  result: TIngestResult;
  valid: TValid[];
  newest: Map<string, TValid>;
  lanes: TPreparedLane[];
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
   * one lane, in a transaction of its own once every lane has committed when it has several (or when a lane had to
   * be retried in parts).
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
 *
 * A finding is rejected here, alone and with its reasons, when it is invalid or when PostgreSQL could not store
 * the row or the raw text it would be written as: the check runs over the very row object that is serialized, so
 * no field, present or future, can carry what PostgreSQL refuses into a batch and fail it whole.
 */
export async function prepareBatch(items: TIncomingFinding[], lanes = 1): Promise<TPreparedBatch> {
  const result = emptyResult();
  result.received = items.length;
  const valid: TValid[] = [];
  const reject = (index: number, reasons: TRejection["reasons"], rejectedKey?: string) => {
    result.rejected += 1;
    result.rejections.push({ index, ...(rejectedKey !== undefined ? { key: rejectedKey } : {}), reasons });
  };
  for (let index = 0; index < items.length; index += 1) {
    if (index > 0 && index % PREPARE_SLICE === 0) await nextTurn();
    const item = items[index]!;
    if (hasUndecodableBytes(item.raw)) {
      reject(index, [{ name: "finding", reason: "is not valid UTF-8" }]);
      continue;
    }
    const normalized = normalizeFinding(item.value);
    if (!normalized.ok) {
      reject(index, normalized.reasons, normalized.key);
      continue;
    }
    const finding = normalized.finding;
    // One-shot hashing: a Hash object per finding cost more than the digest of its few kilobytes.
    const hash = digest("sha256", item.raw, "hex");
    const row = toRow(finding, hash);
    const unstorable = unstorableRowReason(row, item.raw);
    if (unstorable) {
      reject(index, [unstorable], finding.awsId);
      continue;
    }
    const identity = key(finding);
    valid.push({ index, finding, row, key: identity, raw: item.raw, hash, lane: lanes === 1 ? 0 : fnv1a(identity) % lanes });
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
  const laneList: TPreparedLane[] = [];
  for (let lane = 0; lane < lanes; lane += 1) {
    const laneCandidates = candidates.filter((c) => c.lane === lane);
    if (laneCandidates.length === 0) continue;
    laneList.push(serializeLane(laneCandidates, versions.filter((v) => v.lane === lane)));
  }
  return { result, valid, newest, lanes: laneList };
}

/**
 * The largest raw finding stored. Security Hub refuses findings over 240 KB, so this only bounds what a file or a
 * push could otherwise make the console keep forever.
 */
export const MAX_FINDING_BYTES = 1024 * 1024;

/** Why the row or the raw text of a finding cannot be stored, or null. */
function unstorableRowReason(row: TFindingRow, raw: string): { name: string; reason: string } | null {
  const rawBytes = Buffer.byteLength(raw, "utf8");
  if (rawBytes > MAX_FINDING_BYTES) return { name: "finding", reason: `is ${rawBytes} bytes of JSON; at most ${MAX_FINDING_BYTES} are stored` };
  const rawReason = unstorableTextReason(raw);
  if (rawReason) return { name: "finding", reason: `its JSON text ${rawReason}` };
  const field = unstorableValue(row);
  if (field) return { name: "finding", reason: `its ${field.path.replaceAll("_", " ")} ${field.reason}` };
  const keyReason = unindexableKeyReason(row.product_arn, row.aws_id);
  if (keyReason) return { name: "finding", reason: `its Id ${keyReason}` };
  return null;
}

/** The SQL parameters of one lane: candidates (the newest version of each finding) and every distinct version. */
function serializeLane(candidates: TValid[], versions: TValid[]): TPreparedLane {
  const raws = packRawPayloads(versions.map((v) => v.raw));
  return {
    candidates,
    versions,
    keysJson: JSON.stringify(candidates.map((c) => ({ p: c.finding.productArn, a: c.finding.awsId }))),
    rowsJson: JSON.stringify(candidates.map((c) => c.row)),
    versionsJson: JSON.stringify(
      versions.map((v, i) => ({
        product_arn: v.finding.productArn,
        aws_id: v.finding.awsId,
        hash: v.hash,
        raw_at: raws.at[i],
        raw_bytes: raws.bytes[i],
        updated_at: v.finding.updatedAt,
      })),
    ),
    rawPayloads: raws.buffer,
  };
}

/**
 * The one idempotent upsert every path (pull, push, import) feeds: each lane of the batch in one transaction
 * (see writeLane), on node-postgres rather than Prisma — Prisma's handling of these megabyte-sized parameters cost
 * more CPU than the rest of ingestion together (measured with `npm run bench:ingest`).
 *
 * Should PostgreSQL still refuse a lane for its data (something preparation did not foresee), the lane is split
 * and each half retried, down to single findings, so one finding it refuses is rejected with a reason and never
 * takes its batch down with it.
 */
export async function commitBatch(prepared: TPreparedBatch, options: TIngestOptions): Promise<TIngestResult> {
  const result = { ...prepared.result, rejections: [...prepared.result.rejections] };
  const { newest, lanes } = prepared;
  const refused: TRefusal[] = [];
  let remainingInTransaction = options.alsoInTransaction;
  let outcomes: TLaneOutcome[];
  if (lanes.length === 1) {
    const lane = lanes[0]!;
    try {
      outcomes = [
        await withSqlTransaction(async (client) => {
          const outcome = await writeLane(client, lane, newest, options);
          await options.alsoInTransaction?.(pgExecutor(client));
          return outcome;
        }),
      ];
      remainingInTransaction = undefined;
    } catch (error) {
      if (!isRefusedData(error)) throw error;
      outcomes = [await writeInParts(lane, newest, options, refused, error)];
    }
  } else {
    // Every lane settles before this returns or throws: no transaction outlives the batch.
    const settled = await Promise.allSettled(lanes.map((lane) => writeInParts(lane, newest, options, refused)));
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    outcomes = settled.map((s) => (s as PromiseFulfilledResult<TLaneOutcome>).value);
  }
  if (remainingInTransaction) {
    const alsoInTransaction = remainingInTransaction;
    await withSqlTransaction(async (client) => {
      if (options.deferDurability) await client.query("SET LOCAL synchronous_commit = off");
      await alsoInTransaction(pgExecutor(client));
    });
  }
  const refusedCount = rejectRefused(prepared.valid, refused, result);
  result.inserted = outcomes.reduce((n, o) => n + o.inserted, 0);
  result.updated = outcomes.reduce((n, o) => n + o.updated, 0);
  result.unchanged = prepared.valid.length - refusedCount - result.inserted - result.updated;
  result.versionsStored = outcomes.reduce((n, o) => n + o.versionsStored, 0);
  return result;
}

/** A finding PostgreSQL refused when written alone, with the error it gave. */
type TRefusal = { key: string; error: unknown };

/**
 * SQLSTATEs that blame the rows written, not the database: data exceptions (class 22: a character or a date it
 * cannot hold), a value past a size limit (54000: an index entry too large), a NOT NULL or CHECK rule broken.
 */
function isRefusedData(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("22") || code === "54000" || code === "23502" || code === "23514");
}

/** Writes a lane in one transaction; if PostgreSQL refuses its data, writes each half the same way, down to single findings. */
async function writeInParts(
  lane: TPreparedLane,
  newest: Map<string, TValid>,
  options: TIngestOptions,
  refused: TRefusal[],
  knownRefusal?: unknown,
): Promise<TLaneOutcome> {
  let refusal = knownRefusal;
  if (refusal === undefined) {
    try {
      return await withSqlTransaction((client) => writeLane(client, lane, newest, options));
    } catch (error) {
      if (!isRefusedData(error)) throw error;
      refusal = error;
    }
  }
  if (lane.candidates.length === 1) {
    refused.push({ key: lane.candidates[0]!.key, error: refusal });
    return { inserted: 0, updated: 0, versionsStored: 0 };
  }
  const half = Math.ceil(lane.candidates.length / 2);
  const parts = [lane.candidates.slice(0, half), lane.candidates.slice(half)].map((candidates) => {
    const keys = new Set(candidates.map((c) => c.key));
    return serializeLane(candidates, lane.versions.filter((v) => keys.has(v.key)));
  });
  const outcomes: TLaneOutcome[] = [];
  for (const part of parts) outcomes.push(await writeInParts(part, newest, options, refused));
  return {
    inserted: outcomes.reduce((n, o) => n + o.inserted, 0),
    updated: outcomes.reduce((n, o) => n + o.updated, 0),
    versionsStored: outcomes.reduce((n, o) => n + o.versionsStored, 0),
  };
}

/** Turns refused findings into rejections of every item of the batch that carried them; returns how many. */
function rejectRefused(valid: TValid[], refused: TRefusal[], result: TIngestResult): number {
  if (refused.length === 0) return 0;
  const byKey = new Map(refused.map((r) => [r.key, r.error]));
  const rejected = valid.filter((item) => byKey.has(item.key));
  for (const item of rejected) {
    const error = byKey.get(item.key) as { code?: string; message?: string };
    log.warn("a finding was refused by the database", { key: item.finding.awsId.slice(0, 300), code: error.code, error: error.message });
    result.rejections.push({
      index: item.index,
      key: item.finding.awsId,
      reasons: [{ name: "finding", reason: `the database refused to store it (SQLSTATE ${error.code ?? "unknown"})` }],
    });
  }
  result.rejections.sort((a, b) => a.index - b.index);
  result.rejected += rejected.length;
  return rejected.length;
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

/** The findings row of a finding, as written by the upsert (jsonb_to_recordset reads these names). */
type TFindingRow = ReturnType<typeof toRow>;

function toRow(f: TNormalizedFinding, hash: string) {
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
    current_hash: hash,
  };
}
