import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { evidenceSettings } from "@/lib/env";

/**
 * Content-addressed file store for evidence: a file lives at `<dir>/sha256/<first two hex>/<sha256>`, so the
 * same bytes are stored once and different bytes can never overwrite each other. Files arrive in `<dir>/tmp/`
 * while being hashed and are moved into place only when complete.
 */
export function storageKeyOf(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}

export function storagePath(key: string): string {
  if (!/^sha256\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) throw new Error("not an evidence storage key");
  return path.join(evidenceSettings().dir, key);
}

export async function newTempPath(): Promise<string> {
  const dir = path.join(evidenceSettings().dir, "tmp");
  await mkdir(dir, { recursive: true });
  return path.join(dir, `${randomUUID()}.part`);
}

/** Moves a complete temporary file into its content address (or drops it when those bytes are already stored). */
export async function commitTemp(tempPath: string, sha256: string): Promise<string> {
  const key = storageKeyOf(sha256);
  const target = storagePath(key);
  await mkdir(path.dirname(target), { recursive: true });
  const existing = await stat(target).catch(() => null);
  if (existing) await rm(tempPath, { force: true });
  else await rename(tempPath, target);
  return key;
}

export async function discardTemp(tempPath: string | null): Promise<void> {
  if (tempPath) await rm(tempPath, { force: true });
}

/** Stores bytes held in memory (a regulator's receipt, a generated export) and returns their hash and key. */
export async function storeBuffer(bytes: Uint8Array): Promise<{ sha256: string; sizeBytes: number; key: string }> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const temp = await newTempPath();
  await writeFile(temp, bytes);
  return { sha256, sizeBytes: bytes.byteLength, key: await commitTemp(temp, sha256) };
}

/** SHA-256 of what is stored under a key now (to prove the bytes are still the ones registered). */
export async function hashStored(key: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(storagePath(key)), hash);
  return hash.digest("hex");
}

export function readStored(key: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(storagePath(key))) as ReadableStream<Uint8Array>;
}

