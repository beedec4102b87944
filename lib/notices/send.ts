import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { log } from "@/lib/log";
import { mailConfigured } from "@/lib/mail/transport";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { assertObligationOpenOrFollowUp } from "@/lib/notices/obligation-gate";
import { deliverSend } from "@/lib/notices/outbox";
import { outboxRows } from "@/lib/notices/ledger-send";
import { findFirstDeliveredMessageId, insertNoticeRecipients, insertNoticeSend, lockNotice, recipientProgress } from "@/lib/notices/queries";
import { enqueueNoticeDelivery } from "@/lib/notices/queue";
import { MAX_DIRECT_RECIPIENTS, ZSendInput, type TSendInput } from "@/lib/notices/schemas";
import { assertSendable, lockForSend } from "@/lib/notices/send-gate";
import { NOTICE_TX } from "@/lib/notices/transaction";

/** How long a direct e-mail send delivers in the request after its commit; the worker delivers whatever is left. */
const DIRECT_DELIVERY_BUDGET_MS = 20_000;

/**
 * Sends the latest fully approved version. The transaction only records the send and its recipients (the outbox, one
 * row per recipient, pending) and the `notice.sent` event; nothing is mailed inside it. After the commit, a direct
 * `email` send is delivered right away (within a time budget) through the same per-recipient claims the worker uses;
 * a `bulk_email` send, and whatever a direct send left, is delivered by the worker (rate-limited, resumable). The
 * first accepted message meets the obligation. Exercise incidents deliver to the sandbox mailbox only.
 */
export async function sendNotice(actor: TActor, incidentId: string, noticeId: string, input: TSendInput) {
  assertCan(actor, "notice.send");
  const data = ZSendInput.parse(input);
  const queued = await prisma.$transaction(async (tx) => {
    const incident = await requireVisibleIncident(tx, actor, incidentId);
    const notice = await lockNotice(tx, noticeId, incidentId);
    if (!notice) throw AppError.notFound("The notice");
    const { version, recipients } = await assertSendable(tx, notice, data.versionId);
    if (recipients.length === 0) throw AppError.conflict("The notice has no recipients.");
    const sandbox = incident.exercise;
    if (!sandbox && !mailConfigured()) throw new AppError("unavailable", "Outgoing mail is not configured (SMTP_URL); record a submission instead, or ask an administrator to configure mail.");
    if (data.channel === "email" && recipients.length > MAX_DIRECT_RECIPIENTS) {
      throw AppError.badRequest(`More than ${MAX_DIRECT_RECIPIENTS} recipients: use the bulk send.`, [{ name: "channel", reason: "must be bulk_email for this many recipients" }]);
    }
    const followUp = await assertObligationOpenOrFollowUp(tx, notice, data.followUp);
    await lockForSend(tx, notice, version.id, new Date());
    const send = await insertNoticeSend(tx, { noticeId, versionId: version.id, channel: data.channel, sandbox, followUp, sentById: actor.kind === "user" ? actor.id : null, sentByLabel: actorLabel(actor) });
    await insertNoticeRecipients(tx, await outboxRows(tx, notice, send.id, recipients));
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.sent",
      actor,
      payload: { noticeId, title: notice.title, version: version.number, contentHash: version.contentHash, channel: data.channel, recipients: recipients.length, sandbox, messageId: null, followUp },
    });
    return { sendId: send.id, sandbox, followUp };
  }, NOTICE_TX);

  if (data.channel === "email") {
    await deliverSend(queued.sendId, { ratePerSecond: 50, claimUntil: Date.now() + DIRECT_DELIVERY_BUDGET_MS }).catch((error: unknown) => {
      log.warn("direct notice delivery stopped; the worker delivers the rest", { sendId: queued.sendId, error: error instanceof Error ? error.message : String(error) });
    });
  }
  const progress = await recipientProgress(queued.sendId);
  if (progress.pending > 0) await enqueueNoticeDelivery(queued.sendId);
  const messageId = await findFirstDeliveredMessageId(queued.sendId);
  return { sendId: queued.sendId, channel: data.channel, sandbox: queued.sandbox, followUp: queued.followUp, messageId, progress };
}
