import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/transport";
import { renderNoticeText, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";

/** Stable per (notice, recipient): a retry after a crash carries the same Message-ID, so it can be deduplicated. */
export function noticeMessageId(noticeId: string, address: string): string {
  const digest = createHash("sha256").update(address.toLowerCase()).digest("hex").slice(0, 24);
  return `<notice-${noticeId}.${digest}@breachdesk.invalid>`;
}

export type TOutgoingNotice = { incidentId: string; noticeId: string; content: TNoticeContent; recipient: TNoticeRecipient; messageId: string };

/**
 * An exercise incident's copy goes to the sandbox mailbox, never SMTP: a row, idempotent on the Message-ID, written in
 * the caller's transaction (together with the recipient marked sent, so it is delivered exactly once).
 */
export async function deliverToSandbox(tx: Prisma.TransactionClient, mail: TOutgoingNotice): Promise<void> {
  const { subject, text } = renderNoticeText(mail.content, mail.recipient);
  await tx.sandboxMail.upsert({
    where: { messageId: mail.messageId },
    create: { incidentId: mail.incidentId, noticeId: mail.noticeId, to: mail.recipient.address, subject: `[EXERCISE] ${subject}`, text, messageId: mail.messageId },
    update: {},
  });
}

/**
 * One recipient's copy through SMTP_URL, exactly as approved (merged for the recipient, nothing else changed).
 * Never call it inside a database transaction: the outbox worker calls it between its claim and its "sent" mark.
 */
export async function deliverBySmtp(mail: TOutgoingNotice): Promise<{ messageId: string; reply: string }> {
  const { subject, text } = renderNoticeText(mail.content, mail.recipient);
  return sendMail({ to: mail.recipient.address, subject, text, messageId: mail.messageId, headers: { "X-Breachdesk-Notice": mail.noticeId } });
}
