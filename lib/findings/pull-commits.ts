import "server-only";
import { addResults, commitBatch, emptyResult, prepareBatch, type TIncomingFinding, type TIngestResult } from "@/lib/findings/ingest";

const SYSTEM_ACTOR = { kind: "system", name: "Findings sync" } as const;

export type TPullCommits = {
  /**
   * Validates and serializes `batch` now (CPU, while the batch before it may still be committing), then commits it
   * after every earlier batch, with the source's watermark moved to the newest UpdatedAt committed so far.
   */
  commit(batch: TIncomingFinding[]): Promise<void>;
  total(): TIngestResult;
};

/**
 * The commits of one pull of one source, strictly in order: a batch and the watermark covering it commit in the
 * same transaction, so the watermark never passes a finding that is not stored. Durability is deferred to the
 * pull's last, synchronous commit (the one recording lastSuccessAt or lastError): a crash before it loses the latest
 * batches and their watermark alike, and the next run fetches them again.
 */
export function pullCommits(
  source: { id: string; watermark: Date | null },
  via: string,
  onCommitted?: (batch: { findings: number; ms: number }) => void,
): TPullCommits {
  let total = emptyResult();
  let committing: Promise<void> = Promise.resolve();
  let plannedWatermark = source.watermark;
  // A finding claiming an UpdatedAt in the future (rejected or not) must not carry the watermark past the findings
  // still to come: the source would stall until that date.
  const ceiling = new Date();
  return {
    total: () => total,
    commit(batch) {
      const preparing = handled(prepareBatch(batch, 2));
      for (const item of batch) {
        const claimed = updatedAtOf(item.value);
        const updated = claimed && claimed > ceiling ? ceiling : claimed;
        if (updated && (!plannedWatermark || updated > plannedWatermark)) plannedWatermark = updated;
      }
      const watermark = plannedWatermark;
      const previous = committing;
      committing = (async () => {
        await previous;
        const prepared = await preparing;
        const began = performance.now();
        const part = await commitBatch(prepared, {
          via,
          actor: SYSTEM_ACTOR,
          deferDurability: true,
          alsoInTransaction: (sql) =>
            sql("UPDATE finding_sources SET watermark = $1::timestamptz WHERE id = $2::uuid", [watermark?.toISOString() ?? null, source.id]),
        });
        total = addResults(total, part, total.received);
        onCommitted?.({ findings: batch.length, ms: performance.now() - began });
      })();
      return handled(committing);
    },
  };
}

/** A promise awaited later: if it fails before then, its failure must not count as unhandled. */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** UpdatedAt of an ASFF finding, updatedAt of a native GuardDuty one; null when missing or not a date. */
function updatedAtOf(value: unknown): Date | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as { UpdatedAt?: unknown; updatedAt?: unknown };
  const iso = record.UpdatedAt ?? record.updatedAt;
  const date = typeof iso === "string" ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
