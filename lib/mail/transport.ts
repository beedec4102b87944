import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import { mailSettings } from "@/lib/env";
import { SMTP_TIMEOUTS_MS } from "@/lib/mail/smtp-timeouts";

export type TMail = {
  to: string | string[];
  subject: string;
  /** Plain text only: notice and reminder bodies are never HTML, so finding text inside them cannot become markup. */
  text: string;
  /** Idempotency across retries: a stable Message-ID per (notice, recipient) lets a receiving system deduplicate. */
  messageId?: string;
  headers?: Record<string, string>;
};

let cached: { url: string; transport: Transporter } | undefined;

/** Whether outgoing mail is configured (SMTP_URL). */
export function mailConfigured(): boolean {
  return mailSettings().smtpUrl !== undefined;
}

function transport(): Transporter {
  const url = mailSettings().smtpUrl;
  if (!url) throw new Error("SMTP_URL is not set: outgoing mail is not configured.");
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(smtpTransportOptions(url)) };
  return cached.transport;
}

/**
 * SMTP_URL's settings over the console's defaults: a query such as `?socketTimeout=20000` or `?pool=false` still
 * overrides one. Pooled, so a send to thousands reuses its connections instead of opening one per message (a TCP
 * and TLS handshake and a greeting each time: most of a message's cost against a nearby relay).
 */
export function smtpTransportOptions(url: string) {
  return { ...SMTP_TIMEOUTS_MS, pool: true, ...parseConnectionUrl(url) };
}

/**
 * Sends one plain-text message through SMTP_URL and returns the Message-ID the server accepted it under, with the
 * server's acceptance reply (which names the provider's own id of the message).
 * Throws when the server refuses it; callers record the failure and retry from the job queue.
 */
export async function sendMail(mail: TMail): Promise<{ messageId: string; reply: string }> {
  const info = await transport().sendMail({
    from: mailSettings().from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    ...(mail.headers ? { headers: mail.headers } : {}),
  });
  return { messageId: String(info.messageId), reply: String(info.response ?? "") };
}

/** For tests that change SMTP_URL between cases. */
export function resetMailTransport(): void {
  cached?.transport.close();
  cached = undefined;
}
