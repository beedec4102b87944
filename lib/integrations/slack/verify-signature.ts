import { createHmac, timingSafeEqual } from "node:crypto";

// Slack signs slash-command requests with the app's signing secret:
// X-Slack-Signature = "v0=" + hex(HMAC-SHA256(secret, "v0:" + X-Slack-Request-Timestamp + ":" + raw body)).
// A request older (or newer) than five minutes is refused so a captured request cannot be replayed later.
export const SLACK_SIGNATURE_WINDOW_SECONDS = 5 * 60;

export type TSlackSignatureInput = {
  signingSecret: string;
  rawBody: string;
  timestampHeader: string | null;
  signatureHeader: string | null;
  now: Date;
};

export function slackSignatureFor(signingSecret: string, timestamp: string, rawBody: string): string {
  return "v0=" + createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`).digest("hex");
}

export function isValidSlackSignature(input: TSlackSignatureInput): boolean {
  const { signingSecret, rawBody, timestampHeader, signatureHeader, now } = input;
  if (!signingSecret || !timestampHeader || !signatureHeader) return false;
  if (!/^\d{1,12}$/.test(timestampHeader)) return false;
  const ageSeconds = Math.abs(Math.floor(now.getTime() / 1000) - Number(timestampHeader));
  if (ageSeconds > SLACK_SIGNATURE_WINDOW_SECONDS) return false;
  const expected = Buffer.from(slackSignatureFor(signingSecret, timestampHeader, rawBody), "utf8");
  const received = Buffer.from(signatureHeader, "utf8");
  // timingSafeEqual throws on different lengths; a length mismatch is simply a bad signature.
  return expected.length === received.length && timingSafeEqual(expected, received);
}
