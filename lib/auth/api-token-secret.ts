import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "bd_";

/** A new API token: the secret shown once, the hash stored, and a short prefix to recognise it in lists. */
export function generateApiToken(): { secret: string; hash: string; prefix: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, hash: hashApiToken(secret), prefix: secret.slice(0, TOKEN_PREFIX.length + 6) };
}

// A token carries 256 random bits, so a fast hash is enough: nobody can brute-force the preimage, and
// lookups by hash keep comparison out of application code (no timing side channel).
export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
