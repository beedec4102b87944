import "server-only";
import type { TActor } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/assert";
import { extractFindings } from "@/lib/findings/extract";
import { addResults, emptyResult, ingestBatch, INGEST_BATCH_SIZE } from "@/lib/findings/ingest";
import { importFromLines, MAX_JSON_TEXT_BYTES } from "@/lib/findings/import-file";
import { readLines } from "@/lib/findings/line-reader";

/** The largest file an upload may be, counted on the bytes read. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * EventBridge push (API destination): one event or an array of events, parsed, with the request body's text so
 * each finding is stored as the bytes it arrived as.
 */
export async function ingestEventBridge(actor: TActor, body: unknown, bodyText?: string) {
  assertCan(actor, "finding.import");
  const { findings, problems } = extractFindings(body, bodyText);
  let result = emptyResult();
  for (let i = 0; i < findings.length; i += INGEST_BATCH_SIZE) {
    result = addResults(result, await ingestBatch(findings.slice(i, i + INGEST_BATCH_SIZE), { via: "eventbridge", actor }), i);
  }
  return { ...result, problems };
}

/** An uploaded file's body, streamed line by line into the upsert, within MAX_UPLOAD_BYTES and MAX_JSON_TEXT_BYTES. */
export async function importUpload(actor: TActor, body: ReadableStream<Uint8Array>) {
  assertCan(actor, "finding.import");
  const lines = readLines(body as unknown as AsyncIterable<Uint8Array>, { maxLineBytes: MAX_JSON_TEXT_BYTES, maxTotalBytes: MAX_UPLOAD_BYTES });
  return importFromLines(lines, { via: "upload", actor });
}
