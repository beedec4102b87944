import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { evidenceSettings } from "@/lib/env";
import { evidenceStore } from "@/lib/evidence/store/select";
import { pendingBytes } from "@/lib/evidence/pending-bytes";
import { EvidenceIntegrityError } from "@/lib/evidence/store/types";
export { storageKeyOf } from "@/lib/evidence/store/keys";
export { localPath as storagePath } from "@/lib/evidence/store/local-store";

/**
 * Content-addressed evidence bytes, in the store the environment selects (lib/evidence/store/select.ts): the local
 * directory by default, an S3 bucket with BREACHDESK_EVIDENCE_S3_URI. The same bytes are stored once and different
 * bytes can never overwrite each other. Uploads arrive in `<dir>/tmp/` (on local disk in both cases, never in
 * memory) while being hashed, and go to their content address only when complete.
 */
export async function newTempPath(): Promise<string> {
  const dir = path.join(evidenceSettings().dir, "tmp");
  await mkdir(dir, { recursive: true });
  return path.join(dir, `${randomUUID()}.part`);
}

/** Stores a complete temporary file at its content address (the store verifies its SHA-256 on the way). */
export async function commitTemp(tempPath: string, sha256: string, sizeBytes: number): Promise<string> {
  return evidenceStore().putFile(tempPath, sha256, sizeBytes);
}

export async function discardTemp(tempPath: string | null): Promise<void> {
  if (tempPath) await rm(tempPath, { force: true });
}

/** Stores bytes held in memory (a regulator's receipt, a generated export) and returns their hash and key. */
export async function storeBuffer(bytes: Uint8Array): Promise<{ sha256: string; sizeBytes: number; key: string }> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const temp = await newTempPath();
  try {
    await writeFile(temp, bytes);
    return { sha256, sizeBytes: bytes.byteLength, key: await commitTemp(temp, sha256, bytes.byteLength) };
  } finally {
    await discardTemp(temp);
  }
}

/** SHA-256 of what is stored under a key now (to prove the bytes are still the ones registered). */
export async function hashStored(key: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(await storedBytes(key), hash);
  return hash.digest("hex");
}

/**
 * The stored bytes as a web stream. With `expectedSha256`, they are re-hashed as they are served and the stream ends
 * in an error instead of completing when they differ (bytes changed between a check and the download are never a
 * complete, successful download).
 */
export async function readStored(key: string, expectedSha256?: string): Promise<ReadableStream<Uint8Array>> {
  const source = await storedBytes(key);
  if (!expectedSha256) return Readable.toWeb(source) as ReadableStream<Uint8Array>;
  const hash = createHash("sha256");
  const verified = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const actual = hash.digest("hex");
      done(actual === expectedSha256 ? null : new EvidenceIntegrityError(`The stored bytes hash to ${actual}, not the recorded ${expectedSha256}.`));
    },
  });
  source.on("error", (error) => verified.destroy(error));
  return Readable.toWeb(source.pipe(verified)) as ReadableStream<Uint8Array>;
}

/** Bytes staged in a transaction and not yet copied out are served from the database until they are (pending-uploads.ts). */
async function storedBytes(key: string): Promise<Readable> {
  const pending = await pendingBytes(key);
  return pending ? Readable.from([pending]) : evidenceStore().get(key);
}
