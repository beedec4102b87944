import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { log } from "@/lib/log";
import { mailConfigured } from "@/lib/mail/transport";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { approvalState } from "@/lib/notices/approval-state";
import { missingElements, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { noticeMessageId } from "@/lib/notices/delivery";
import { assertObligationOpenOrFollowUp } from "@/lib/notices/obligation-gate";
import { deliverSend } from "@/lib/notices/outbox";
import { lockNotice, recipientProgress } from "@/lib/notices/queries";
import { enqueueNoticeDelivery } from "@/lib/notices/queue";
import { requiredApprovals } from "@/lib/notices/required-approvals";
import { MAX_DIRECT_RECIPIENTS, ZSendInput, type TSendInput } from "@/lib/notices/schemas";
import { findTemplate } from "@/lib/notices/templates";

const TX = { timeout: 60_000, maxWait: 30_000 };
/** How long a direct e-mail send delivers in the request after its commit; the worker delivers whatever is left. */
const DIRECT_DELIVERY_BUDGET_MS = 20_000;

export type TLockedNotice = NonNullable<Awaited<ReturnType<typeof lockNotice>>>;

/**
 * The gate every send passes inside the notice's lock: latest version, fully approved by the roles its template and
 * obligation require, complete, not sent yet. Returns the version and the instant its last required approval was given.
 */
export async function assertSendable(tx: Prisma.TransactionClient, notice: TLockedNotice, requestedVersionId: string | undefined) {
  if (notice.sentVersionId) throw AppError.conflict("This notice has already been sent.");
  const version = await tx.noticeVersion.findUnique({ where: { noticeId_number: { noticeId: notice.id, number: notice.latestVersion } } });
  if (!version) throw AppError.conflict("This notice has no version to send.");
  if (requestedVersionId && requestedVersionId !== version.id) {
    throw AppError.conflict(`Only the latest version (${version.number}) can be sent, and only once it is fully approved.`);
  }
  const required = requiredApprovals(await readApprovalPolicy(tx), notice);
  const approvals = await tx.noticeApproval.findMany({ where: { versionId: version.id }, select: { role: true, decision: true, contentHash: true, voidedAt: true, approverId: true, createdAt: true } });
  const state = approvalState(required, version.contentHash, approvals);
  if (!state.fullyApproved) {
    throw AppError.conflict(
      state.rejected ? "The latest version was rejected; save a new version and have it approved." : `The latest version is not fully approved: still needs ${state.missing.join(", ")}.`,
      { missingApprovals: state.missing },
    );
  }
  const template = findTemplate(notice.templateId);
  const content = version.content as TNoticeContent;
  const recipients = version.recipients as TNoticeRecipient[];
  const missing = template ? missingElements(template, content, recipients).filter((m) => m.key !== "recipients") : [];
  if (missing.length) throw AppError.conflict(`The notice is incomplete: ${missing.map((m) => `${m.heading} ${m.reason}`).join("; ")}.`, { missing });
  const approvedAt = new Date(Math.max(...approvals.filter((a) => a.voidedAt === null && a.decision === "approve" && a.contentHash === version.contentHash).map((a) => a.createdAt.getTime())));
  return { version, recipients, approvedAt };
}

/** Locks the notice to the version being sent; conditional, so a second send of the same notice finds nothing to lock. */
export async function lockForSend(tx: Prisma.TransactionClient, notice: TLockedNotice, versionId: string, at: Date) {
  const locked = await tx.notice.updateMany({
    where: { id: notice.id, sentVersionId: null, latestVersion: notice.latestVersion },
    data: { sentVersionId: versionId, sentAt: at },
  });
  if (locked.count !== 1) throw AppError.conflict("This notice has already been sent.");
}

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
    const send = await tx.noticeSend.create({
      data: { noticeId, versionId: version.id, channel: data.channel, sandbox, followUp, sentById: actor.kind === "user" ? actor.id : null, sentByLabel: actorLabel(actor) },
      select: { id: true },
    });
    await tx.noticeRecipient.createMany({
      data: recipients.map((r, position) => ({ sendId: send.id, position, address: r.address, name: r.name ?? "", fields: r.fields ?? {}, messageId: noticeMessageId(noticeId, r.address) })),
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.sent",
      actor,
      payload: { noticeId, title: notice.title, version: version.number, contentHash: version.contentHash, channel: data.channel, recipients: recipients.length, sandbox, messageId: null, followUp },
    });
    return { sendId: send.id, sandbox, followUp };
  }, TX);

  if (data.channel === "email") {
    await deliverSend(queued.sendId, { ratePerSecond: 50, claimUntil: Date.now() + DIRECT_DELIVERY_BUDGET_MS }).catch((error: unknown) => {
      log.warn("direct notice delivery stopped; the worker delivers the rest", { sendId: queued.sendId, error: error instanceof Error ? error.message : String(error) });
    });
  }
  const progress = await recipientProgress(queued.sendId);
  if (progress.pending > 0) await enqueueNoticeDelivery(queued.sendId);
  const first = await prisma.noticeRecipient.findFirst({ where: { sendId: queued.sendId, status: "sent" }, orderBy: { position: "asc" }, select: { messageId: true } });
  return { sendId: queued.sendId, channel: data.channel, sandbox: queued.sandbox, followUp: queued.followUp, messageId: first?.messageId ?? null, progress };
}
