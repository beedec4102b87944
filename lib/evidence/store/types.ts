import type { Readable } from "node:stream";

/** S3 Object Lock retention modes (GOVERNANCE can be lifted with a special permission, COMPLIANCE by no one). */
export type TRetentionMode = "GOVERNANCE" | "COMPLIANCE";

/**
 * Where evidence bytes live: the local directory (default) or an S3 bucket. Keys are the store-independent content
 * addresses `sha256/<first two hex>/<sha256>` kept in the register; each store maps them to its own location.
 */
export type TEvidenceStore = {
  kind: "local" | "s3";
  /**
   * Stores a complete, already hashed temporary file (spooled to local disk while it was received, never held in
   * memory) at its content address; the store verifies the SHA-256 on the way and refuses a mismatch. The temporary
   * file is left for the caller to remove.
   */
  putFile(tempPath: string, sha256: string, sizeBytes: number): Promise<string>;
  /** The stored bytes as a stream. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Whether the store itself can enforce a legal hold (S3 Object Lock enabled on the bucket). */
  holdEnforced(): Promise<boolean>;
  /** Places or lifts the store's own legal hold; a no-op where the store cannot enforce one. */
  setLegalHold(key: string, on: boolean): Promise<void>;
  /** Keeps the object undeletable until `until` (Object Lock retention); a no-op where the store cannot. */
  setRetention(key: string, mode: TRetentionMode, until: Date): Promise<void>;
};

/** The stored bytes no longer hash to what the register recorded (or S3 computed another checksum). */
export class EvidenceIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EvidenceIntegrityError";
  }
}
