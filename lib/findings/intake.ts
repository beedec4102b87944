import "server-only";
import type { TActor } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/assert";
import { extractFindings } from "@/lib/findings/extract";
import { addResults, emptyResult, ingestBatch, INGEST_BATCH_SIZE } from "@/lib/findings/ingest";
import { importFromLines } from "@/lib/findings/import-file";

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

/** An uploaded file's body, streamed line by line into the upsert. */
export async function importUpload(actor: TActor, body: ReadableStream<Uint8Array>) {
  assertCan(actor, "finding.import");
  return importFromLines(streamLines(body), { via: "upload", actor });
}

async function* streamLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = "";
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    pending += decoder.decode(chunk, { stream: true });
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    yield* lines;
  }
  pending += decoder.decode();
  if (pending) yield pending;
}
