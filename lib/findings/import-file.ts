import "server-only";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { extractFindings } from "@/lib/findings/extract";
import {
  addResults,
  commitBatch,
  emptyResult,
  INGEST_BATCH_SIZE,
  makeCommitsDurable,
  prepareBatch,
  type TIncomingFinding,
  type TIngestResult,
} from "@/lib/findings/ingest";
import type { TTimelineActor } from "@/lib/timeline/append";

export type TImportOptions = {
  via: string;
  actor: TTimelineActor;
  /** Called after each batch is committed (benchmarks, progress). */
  onBatchCommitted?: (batch: { findings: number; ms: number }) => void;
};

/**
 * Reads findings from text chunks: NDJSON (one JSON value per line; detected when the first value ends before the
 * end of its line) is streamed line by line in batches; a single JSON document is parsed whole.
 */
export async function importFromLines(
  lines: AsyncIterable<string>,
  options: TImportOptions,
): Promise<TIngestResult & { problems: { line: number; reason: string }[] }> {
  let total = emptyResult();
  const problems: { line: number; reason: string }[] = [];
  let batch: TIncomingFinding[] = [];
  let lineNumber = 0;
  let documentLines: string[] | null = null;

  // One batch is committed while the next is read and parsed: batches still commit one at a time, in order.
  let inFlight: Promise<void> | undefined;
  let queued = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    const prepared = await prepareBatch(items, 2); // while the previous batch is still committing
    await inFlight;
    const offset = queued;
    queued += items.length;
    const began = performance.now();
    inFlight = commitBatch(prepared, { via: options.via, actor: options.actor, deferDurability: true }).then((part) => {
      total = addResults(total, part, offset);
      options.onBatchCommitted?.({ findings: items.length, ms: performance.now() - began });
    });
    inFlight.catch(() => undefined);
  };
  const drain = async () => {
    await inFlight;
    inFlight = undefined;
  };

  for await (const line of lines) {
    lineNumber += 1;
    if (documentLines) {
      documentLines.push(line);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      if (lineNumber === 1 || (queued === 0 && batch.length === 0)) {
        // Not NDJSON: a pretty-printed JSON document. Collect it whole.
        documentLines = [line];
        continue;
      }
      problems.push({ line: lineNumber, reason: "is not valid JSON" });
      continue;
    }
    const extracted = extractFindings(value, trimmed);
    for (const reason of extracted.problems) problems.push({ line: lineNumber, reason });
    batch.push(...extracted.findings);
    if (batch.length >= INGEST_BATCH_SIZE) await flush();
  }

  await drain();
  if (documentLines) {
    let value: unknown;
    const text = documentLines.join("\n").trim();
    documentLines = null;
    try {
      value = JSON.parse(text);
    } catch {
      problems.push({ line: 1, reason: "the file is neither JSON nor NDJSON" });
      return { ...total, problems };
    }
    const extracted = extractFindings(value, text);
    for (const reason of extracted.problems) problems.push({ line: 1, reason });
    for (let i = 0; i < extracted.findings.length; i += INGEST_BATCH_SIZE) {
      batch = extracted.findings.slice(i, i + INGEST_BATCH_SIZE);
      await flush();
    }
  }
  await flush();
  await drain();
  // Batches were committed without waiting for the disk; nothing is reported stored before it is.
  await makeCommitsDurable();
  return { ...total, problems };
}

export async function importFile(path: string, options: TImportOptions) {
  await (await open(path, "r")).close(); // fail early with ENOENT
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  return importFromLines(lines, options);
}
