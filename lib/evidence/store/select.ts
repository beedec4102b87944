import "server-only";
import { evidenceS3Settings } from "@/lib/env";
import { localStore } from "@/lib/evidence/store/local-store";
import { createS3Store } from "@/lib/evidence/store/s3-store";
import type { TEvidenceStore } from "@/lib/evidence/store/types";

let cached: { config: string; store: TEvidenceStore } | null = null;

/** The evidence store the environment selects: S3 when BREACHDESK_EVIDENCE_S3_URI is set, else the local directory. */
export function evidenceStore(): TEvidenceStore {
  const s3 = evidenceS3Settings();
  if (!s3) return localStore;
  // One client per configuration (its Object Lock answer is cached with it); a changed environment gets a new one.
  const config = JSON.stringify(s3);
  if (cached?.config !== config) {
    const { bucket, prefix, kmsKeyId, partBytes } = s3;
    cached = { config, store: createS3Store({ bucket, prefix, kmsKeyId, forcePathStyle: s3.endpointOverridden, partSize: partBytes, multipartThreshold: partBytes }) };
  }
  return cached.store;
}

/** What the evidence page and the legal-hold control say when the hold cannot be enforced by the bucket. */
export const NO_OBJECT_LOCK_NOTICE = "This bucket does not have S3 Object Lock: the hold is recorded in Breachdesk only";

/** The notice to show, or null (local store: the hold is the register's by design; S3 with Object Lock: enforced). */
export async function legalHoldStorageNotice(): Promise<string | null> {
  const store = evidenceStore();
  if (store.kind !== "s3") return null;
  return (await store.holdEnforced()) ? null : NO_OBJECT_LOCK_NOTICE;
}
