import "server-only";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
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
import { readLines, UNDECODABLE_LINE } from "@/lib/findings/line-reader";
import { AppError } from "@/lib/errors/app-error";
import type { TTimelineActor } from "@/lib/timeline/append";

/**
 * The longest JSON text read whole: an NDJSON line, or a document that is not NDJSON. It admits any page an AWS API
 * returns (100 findings of at most 240 KB); a bigger export belongs in NDJSON, which is read a line at a time.
 */
export const MAX_JSON_TEXT_BYTES = 32 * 1024 * 1024;

export type TImportOptions = {
  via: string;
  actor: TTimelineActor;
  /** Called after each batch is committed (benchmarks, progress). */
  onBatchCommitted?: (batch: { findings: number; ms: number }) => void;
};

/**
 * Reads findings from lines: NDJSON (one JSON value per line; detected when the first value ends before the end of
 * its line) is streamed line by line in batches; a single JSON document is parsed whole, up to
 * MAX_JSON_TEXT_BYTES. `UNDECODABLE_LINE` stands for a line that is not UTF-8. When reading fails (a size limit),
 * the batches already read are committed and made durable before the error is passed on, carrying their counts.
 */
export async function importFromLines(
  lines: AsyncIterable<string | typeof UNDECODABLE_LINE>,
  options: TImportOptions,
): Promise<TIngestResult & { problems: { line: number; reason: string }[] }> {
  let total = emptyResult();
  const problems: { line: number; reason: string }[] = [];
  let batch: TIncomingFinding[] = [];
  let lineNumber = 0;
  let documentLines: string[] | null = null;
  let documentBytes = 0;
  let documentDecodable = true;

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

  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (documentLines) {
        if (line === UNDECODABLE_LINE) {
          documentDecodable = false;
          continue;
        }
        documentBytes += Buffer.byteLength(line, "utf8") + 1;
        if (documentBytes > MAX_JSON_TEXT_BYTES) throw documentTooLarge();
        documentLines.push(line);
        continue;
      }
      if (line === UNDECODABLE_LINE) {
        problems.push({ line: lineNumber, reason: "is not valid UTF-8" });
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
          documentBytes = Buffer.byteLength(line, "utf8");
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
  } catch (error) {
    if (!(error instanceof AppError)) {
      await inFlight?.catch(() => undefined); // no transaction outlives the import
      throw error;
    }
    // A limit was passed: what was read before it is stored, and said so (a replay of the file changes nothing).
    await flush();
    await drain();
    await makeCommitsDurable();
    const { received, inserted, updated, unchanged, rejected } = total;
    const storedBeforeTheLimit = { received, inserted, updated, unchanged, rejected };
    throw new AppError(error.code, error.message, error.invalidParams, { ...error.extensions, storedBeforeTheLimit });
  }

  await drain();
  if (documentLines) {
    let value: unknown;
    const text = documentLines.join("\n").trim();
    documentLines = null;
    try {
      if (!documentDecodable) throw new Error("not UTF-8");
      value = JSON.parse(text);
    } catch {
      problems.push({ line: 1, reason: documentDecodable ? "the file is neither JSON nor NDJSON" : "the file is not valid UTF-8" });
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

function documentTooLarge(): AppError {
  return new AppError("payload_too_large", `The file is one JSON document larger than ${MAX_JSON_TEXT_BYTES} bytes; send NDJSON instead.`, [
    { name: "file", reason: `a JSON document must be at most ${MAX_JSON_TEXT_BYTES} bytes (NDJSON has no such limit)` },
  ]);
}

/** A local file (the import command): each line, and a whole document, bounded; the file itself is not. */
export async function importFile(path: string, options: TImportOptions) {
  await (await open(path, "r")).close(); // fail early with ENOENT
  return importFromLines(readLines(createReadStream(path), { maxLineBytes: MAX_JSON_TEXT_BYTES }), options);
}
