import { createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, randomBytes, type KeyObject } from "node:crypto";

/**
 * Encryption of personal data at rest, field by field, with one 32-byte key (BREACHDESK_DATA_KEY): AES-256-GCM with
 * a random 96-bit nonce per value. A sealed value is
 *
 *   version (1 byte, 1) | key id (4 bytes: the key's SHA-256, truncated) | nonce (12) | tag (16) | ciphertext
 *
 * so a value sealed under another key is recognised as such instead of failing as "tampered". Pure, no I/O.
 */

const VERSION = 1;
const KEY_ID_BYTES = 4;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + NONCE_BYTES + TAG_BYTES;

export class SealError extends Error {}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new SealError("The data key must be 32 bytes.");
}

/**
 * What follows from the key alone (its id, the blind-index key), computed once per key rather than once per value:
 * an import seals four values per row, a million rows at a time. Only the last key is kept (there is one data key).
 */
let derived: { key: Buffer; secret: KeyObject; id: Buffer; indexKey: Buffer } | undefined;

function derivedFrom(key: Buffer): { secret: KeyObject; id: Buffer; indexKey: Buffer } {
  checkKey(key);
  if (derived?.key.equals(key)) return derived;
  derived = {
    key: Buffer.from(key),
    // A KeyObject made once: given the raw bytes, every cipher would import the key again.
    secret: createSecretKey(key),
    id: createHash("sha256").update(key).digest().subarray(0, KEY_ID_BYTES),
    indexKey: createHmac("sha256", key).update("breachdesk blind index v1").digest(),
  };
  return derived;
}

/** The first bytes of the key's SHA-256: names the key in every value it sealed, reveals nothing usable. */
export function keyId(key: Buffer): Buffer {
  return Buffer.from(derivedFrom(key).id);
}

/**
 * Random nonces, drawn from the system's CSPRNG a thousand at a time (one call per value cost more than the AES):
 * each 12-byte slice of a pool is handed out once, so nonces stay uniformly random and are never reused.
 */
const NONCE_POOL_BYTES = NONCE_BYTES * 1_024;
let noncePool = Buffer.alloc(0);
let noncePoolAt = 0;

function nextNonce(): Buffer {
  if (noncePoolAt + NONCE_BYTES > noncePool.length) {
    noncePool = randomBytes(NONCE_POOL_BYTES);
    noncePoolAt = 0;
  }
  const nonce = noncePool.subarray(noncePoolAt, noncePoolAt + NONCE_BYTES);
  noncePoolAt += NONCE_BYTES;
  return nonce;
}

export function seal(key: Buffer, plaintext: string): Buffer {
  const { id, secret } = derivedFrom(key);
  const nonce = nextNonce();
  const cipher = createCipheriv("aes-256-gcm", secret, nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), id, nonce, cipher.getAuthTag(), ciphertext]);
}

export function unseal(key: Buffer, sealed: Uint8Array): string {
  checkKey(key);
  const bytes = Buffer.from(sealed);
  if (bytes.length < HEADER_BYTES || bytes[0] !== VERSION) throw new SealError("This value is not a sealed value of a version this console reads.");
  if (!bytes.subarray(1, 1 + KEY_ID_BYTES).equals(derivedFrom(key).id)) {
    throw new SealError("This value was sealed with another data key than BREACHDESK_DATA_KEY.");
  }
  const nonce = bytes.subarray(1 + KEY_ID_BYTES, 1 + KEY_ID_BYTES + NONCE_BYTES);
  const tag = bytes.subarray(1 + KEY_ID_BYTES + NONCE_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, nonce);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError("This sealed value was altered: it does not match its authentication tag.");
  }
}

/**
 * A keyed hash of an identifier, to find the same person again without storing who they are in the clear: HMAC-SHA-256
 * under a key derived from the data key (never the data key itself), hex.
 */
export function blindIndex(key: Buffer, value: string): string {
  return createHmac("sha256", derivedFrom(key).indexKey).update(value, "utf8").digest("hex");
}
