/**
 * A notice recipient's claim not renewed for this long belongs to a dead worker and may be claimed again
 * (lib/notices/outbox.ts). Every SMTP timeout (lib/mail/smtp-timeouts.ts) is shorter, so a hung SMTP server
 * ends an attempt long before anyone could take the recipient over.
 */
export const DEFAULT_LEASE_MS = 2 * 60 * 1000;
