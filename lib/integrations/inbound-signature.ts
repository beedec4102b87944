import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Inbound webhooks from Jira and ServiceNow are verified with the connection's shared secret: HMAC-SHA256 over the
 * raw body, hex, sent as `sha256=<hex>` — Jira's `X-Hub-Signature` (what Jira sends for a webhook with a secret),
 * and `X-Breachdesk-Signature` from the ServiceNow business rule (docs/operations.md). Compared in constant time.
 */
export function bodySignature(secret: string, rawBody: string): string {
  return "sha256=" + createHmac("sha256", secret).update(rawBody, "utf8").digest("hex");
}

export function verifyBodySignature(secret: string, rawBody: string, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(bodySignature(secret, rawBody));
  const given = Buffer.from(header.trim().toLowerCase().replace(/^sha256=/, "sha256="));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
