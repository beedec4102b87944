import { createHmac, randomBytes } from "node:crypto";

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com/): the signed content is `${id}.${timestamp}.${body}`,
 * the key is the base64 after `whsec_`, and the header holds one `v1,<base64 HMAC-SHA256>` per secret, separated by
 * spaces — so during a rotation's grace period a receiver holding either secret verifies the same delivery.
 */
export const SECRET_PREFIX = "whsec_";

/** A new secret: 32 random bytes (the spec accepts 24 to 64), base64, with the whsec_ prefix. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

export function signatureFor(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  return "v1," + createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
}

/** The webhook-signature header value for every secret that may sign now. */
export function signatureHeader(secrets: readonly string[], id: string, timestamp: number, body: string): string {
  return secrets.map((secret) => signatureFor(secret, id, timestamp, body)).join(" ");
}
