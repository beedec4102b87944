import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { approvalState } from "@/lib/notices/approval-state";
import { missingElements, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { findFindingTitles, findVersionApprovals, findVersionByNumber, markNoticeSent, type lockNotice } from "@/lib/notices/queries";
import { requiredApprovals } from "@/lib/notices/required-approvals";
import { sendBlocker, sendRefusal } from "@/lib/notices/send-blocker";
import { findTemplate } from "@/lib/notices/templates";

export type TLockedNotice = NonNullable<Awaited<ReturnType<typeof lockNotice>>>;

/**
 * The gate every send and recorded submission passes inside the notice's lock (sendBlocker, refused with 409): the
 * latest version, fully approved by the roles its template and obligation require, complete (held to its kind and
 * the incident's finding text, as the notice page is), not sent yet. Returns
 * the version, its recipients and the instant its last required approval was given.
 */
export async function assertSendable(tx: Prisma.TransactionClient, notice: TLockedNotice, requestedVersionId: string | undefined) {
  const version = await findVersionByNumber(tx, notice.id, notice.latestVersion);
  const approvals = version ? await findVersionApprovals(tx, version.id) : [];
  const approval = approvalState(requiredApprovals(await readApprovalPolicy(tx), notice), version?.contentHash ?? "", approvals);
  const template = findTemplate(notice.templateId);
  const recipients = (version?.recipients ?? []) as TNoticeRecipient[];
  // The same completeness check as the notice page: a letter to the public quoting the findings is not sendable.
  const findingTexts = await findFindingTitles(notice.incidentId, tx);
  const missing = version && template ? missingElements(template, version.content as TNoticeContent, recipients, { kind: notice.kind, findingTexts }) : [];
  const blocker = sendBlocker({ sent: Boolean(notice.sentVersionId), version, requestedVersionId, approval, missing });
  if (blocker || !version) throw sendRefusal(blocker ?? { reason: "no_version" });
  const approvedAt = new Date(Math.max(...approvals.filter((a) => a.voidedAt === null && a.decision === "approve" && a.contentHash === version.contentHash).map((a) => a.createdAt.getTime())));
  return { version, recipients, approvedAt };
}

/** Locks the notice to the version being sent; conditional, so a second send of the same notice finds nothing to lock. */
export async function lockForSend(tx: Prisma.TransactionClient, notice: TLockedNotice, versionId: string, at: Date) {
  if (!(await markNoticeSent(tx, notice.id, notice.latestVersion, versionId, at))) throw AppError.conflict("This notice has already been sent.");
}
