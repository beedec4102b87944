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

/**
 * Delivers one recipient's copy: to SMTP, or — for an exercise incident — to the sandbox mailbox (never SMTP).
 * The sandbox insert is idempotent on the Message-ID.
 */
export async function deliverNotice(
  tx: Prisma.TransactionClient,
  input: { sandbox: boolean; incidentId: string; noticeId: string; content: TNoticeContent; recipient: TNoticeRecipient; messageId: string },
): Promise<{ messageId: string }> {
  const { subject, text } = renderNoticeText(input.content, input.recipient);
  if (input.sandbox) {
    await tx.sandboxMail.upsert({
      where: { messageId: input.messageId },
      create: { incidentId: input.incidentId, noticeId: input.noticeId, to: input.recipient.address, subject: `[EXERCISE] ${subject}`, text, messageId: input.messageId },
      update: {},
    });
    return { messageId: input.messageId };
  }
  return sendMail({ to: input.recipient.address, subject, text, messageId: input.messageId, headers: { "X-Breachdesk-Notice": input.noticeId } });
}
