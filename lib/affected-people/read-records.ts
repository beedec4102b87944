import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { AppError } from "@/lib/errors/app-error";

/**
 * An extract's records, one at a time, with their line number, never the whole file in memory: CSV (a header row
 * names the columns) or NDJSON (one JSON object per line). Bytes must be UTF-8 (a file that is not fails at the
 * line it breaks, instead of being stored with replacement characters), at most MAX_LEDGER_BYTES in all. The
 * file's SHA-256 is computed as it streams past.
 */
export const MAX_LEDGER_BYTES = 2 * 1024 * 1024 * 1024;
const MAX_RECORD_BYTES = 64 * 1024;

export type TLedgerFormat = "csv" | "ndjson";
export type TLedgerRecord = { line: number; record: Record<string, unknown> } | { line: number; problem: string };

/** Bytes → UTF-8 text chunks, counted and hashed; refuses a file past the limit or not UTF-8. */
async function* utf8Text(chunks: AsyncIterable<Uint8Array>, digest: { sha256?: string }): AsyncGenerator<string> {
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > MAX_LEDGER_BYTES) {
      throw new AppError("payload_too_large", `The file is larger than ${MAX_LEDGER_BYTES} bytes.`, [{ name: "file", reason: `must be at most ${MAX_LEDGER_BYTES} bytes` }]);
    }
    hash.update(chunk);
    yield decodeOrRefuse(decoder, chunk, true);
  }
  const rest = decodeOrRefuse(decoder, new Uint8Array(), false);
  if (rest) yield rest;
  digest.sha256 = hash.digest("hex");
}

function decodeOrRefuse(decoder: TextDecoder, chunk: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    throw AppError.badRequest("The file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and import it again.", [{ name: "file", reason: "is not valid UTF-8" }]);
  }
}

async function* csvRecords(text: AsyncIterable<string>, onColumns: (columns: string[]) => void): AsyncGenerator<TLedgerRecord> {
  const source = Readable.from(text);
  const parser = source.pipe(
    parse({
      columns: (header: string[]) => {
        onColumns(header);
        return header;
      },
      info: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
    }),
  );
  // pipe() does not carry the source's error (a file that is not UTF-8) to the parser: without this it waits forever.
  source.once("error", (error) => parser.destroy(error));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: info.lines, record };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw AppError.badRequest(`The CSV file cannot be read: ${message}. Nothing of it was imported.`, [{ name: "file", reason: message.slice(0, 300) }]);
  }
}

async function* ndjsonRecords(text: AsyncIterable<string>, onColumns: (columns: string[]) => void): AsyncGenerator<TLedgerRecord> {
  let pending = "";
  let line = 0;
  let sawColumns = false;
  const one = (raw: string): TLedgerRecord | null => {
    line += 1;
    const trimmed = raw.trim();
    if (trimmed === "") return null;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return { line, problem: "is not valid JSON" };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { line, problem: "must be one JSON object per line" };
    if (!sawColumns) {
      sawColumns = true;
      onColumns(Object.keys(value));
    }
    return { line, record: value as Record<string, unknown> };
  };
  for await (const chunk of text) {
    pending += chunk;
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      const record = one(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      if (record) yield record;
      newline = pending.indexOf("\n");
    }
    if (pending.length > MAX_RECORD_BYTES) {
      throw AppError.badRequest(`Line ${line + 1} is longer than ${MAX_RECORD_BYTES} bytes; nothing of the file was imported.`, [
        { name: "file", reason: `line ${line + 1} is longer than ${MAX_RECORD_BYTES} bytes` },
      ]);
    }
  }
  const last = one(pending);
  if (last) yield last;
}

/**
 * The records of an extract. `onColumns` hears the column names before the first record (a CSV's header; an NDJSON
 * file's first object's keys), so the caller can check its mapping against them first. `digest.sha256` is set once
 * the last record has been read.
 */
export function readLedgerRecords(
  body: AsyncIterable<Uint8Array>,
  format: TLedgerFormat,
  onColumns: (columns: string[]) => void,
  digest: { sha256?: string },
): AsyncGenerator<TLedgerRecord> {
  const text = utf8Text(body, digest);
  return format === "csv" ? csvRecords(text, onColumns) : ndjsonRecords(text, onColumns);
}
