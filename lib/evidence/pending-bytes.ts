import "server-only";
import { prisma } from "@/lib/db";

/**
 * The bytes of an item registered inside another domain's transaction and not yet copied to the evidence store
 * (lib/evidence/pending-uploads.ts), or null once they are in the store (or never were pending).
 */
export async function pendingBytes(storageKey: string): Promise<Buffer | null> {
  const row = await prisma.evidencePendingUpload.findUnique({ where: { storageKey }, select: { bytes: true } });
  return row ? Buffer.from(row.bytes) : null;
}
