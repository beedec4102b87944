import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { startPassLoop } from "@/lib/db/leased-queue";
import { storageKeyOf } from "@/lib/evidence/store/keys";
import { storeBuffer } from "@/lib/evidence/storage";
import { applyEvidenceRetention } from "@/lib/evidence/retention-policy";
import { log } from "@/lib/log";

type TTx = Prisma.TransactionClient;

/**
 * Keeps bytes registered inside a caller's transaction in that transaction (a row of evidence_pending_uploads), so
 * the register's row and its bytes commit or roll back together and the evidence store — S3, an outside service —
 * is never called while the transaction holds its locks. `uploadPendingEvidence` copies them out after the commit.
 */
export async function stagePendingUpload(tx: TTx, bytes: Uint8Array): Promise<{ sha256: string; sizeBytes: number; key: string }> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = storageKeyOf(sha256);
  // The same bytes staged twice are one row: the content address is the identity.
  await tx.$executeRaw`
    INSERT INTO evidence_pending_uploads (storage_key, sha256, bytes) VALUES (${key}, ${sha256}, ${Buffer.from(bytes)})
    ON CONFLICT (storage_key) DO NOTHING`;
  return { sha256, sizeBytes: bytes.byteLength, key };
}

/**
 * Copies pending bytes to the evidence store and then forgets them: all of them, or the one `key`. Safe to run from
 * every console and worker at once: a store write is content-addressed (the same bytes under the same key, checked
 * against their SHA-256 on the way) and the row is removed only after the store has them, so a crash in between
 * means one harmless second copy, never lost bytes. Returns how many were copied; a failure leaves its row for the
 * next pass.
 */
export async function uploadPendingEvidence(options: { key?: string; limit?: number } = {}): Promise<number> {
  const rows = await prisma.evidencePendingUpload.findMany({
    where: options.key ? { storageKey: options.key } : {},
    select: { storageKey: true, sha256: true },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 20,
  });
  let copied = 0;
  for (const { storageKey, sha256 } of rows) {
    try {
      if (await copyToStore(storageKey, sha256)) copied += 1;
    } catch (error) {
      // One item the store refuses does not hold up the others; it stays pending for the next pass.
      if (options.key) throw error;
      log.warn("evidence: copying staged bytes to the store failed; retried on the next pass", { storageKey, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return copied;
}

async function copyToStore(storageKey: string, sha256: string): Promise<boolean> {
  const row = await prisma.evidencePendingUpload.findUnique({ where: { storageKey }, select: { bytes: true } });
  if (!row) return false; // another process copied it meanwhile
  const stored = await storeBuffer(row.bytes);
  if (stored.sha256 !== sha256 || stored.key !== storageKey) throw new Error(`pending evidence ${storageKey} does not hash to its address`);
  await applyEvidenceRetention(storageKey);
  await prisma.evidencePendingUpload.deleteMany({ where: { storageKey } });
  return true;
}

/**
 * After the caller's commit: copies what it staged now, so the store has it without waiting for the worker. A
 * failure (S3 unreachable) is logged and left to the worker's pass; the caller's committed change stands.
 */
export async function uploadPendingEvidenceSoon(): Promise<void> {
  await uploadPendingEvidence().catch((error: unknown) =>
    log.warn("evidence: reading staged bytes failed; the worker retries", { error: error instanceof Error ? error.message : String(error) }),
  );
}

/** The worker's pass: staged bytes are copied to the store within seconds of their commit, whichever process made them. */
export function startPendingEvidenceWorker(options: { intervalMs?: number } = {}): { stop(): Promise<void> } {
  return startPassLoop("evidence upload", () => uploadPendingEvidence({ limit: 50 }), options.intervalMs ?? 5_000);
}
