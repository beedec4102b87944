/**
 * How long an SMTP conversation may stall, in ms. nodemailer's defaults (2 minutes to connect, 30 s for the
 * greeting, 10 minutes of silence) let a server that accepts the connection and never answers hold a notice
 * recipient's claim, kept fresh by the outbox heartbeat, for ten minutes, and the send request that delivers
 * directly for as long. Each is well under the outbox's claim lease (lib/notices/claim-lease.ts, pinned by a test),
 * so a hung server costs one short failed attempt: the recipient goes back to pending and is retried.
 */
export const SMTP_TIMEOUTS_MS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  /** Silence at any step, the wait for "250" after the message included. */
  socketTimeout: 30_000,
} as const;
