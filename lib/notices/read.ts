import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { can, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { approverStanding } from "@/lib/notices/approval-state";
import {
  findDraftableObligations,
  findNoticeSend,
  findNoticesWithDetail,
  findNoticeWithDetail,
  findNotReachedRecipients,
  findSandboxMail,
  recipientProgress,
} from "@/lib/notices/queries";
import { ledgerPersonId } from "@/lib/notices/ledger-recipients";
import { signedInRecently } from "@/lib/notices/reauth";
import { requiredApprovals } from "@/lib/notices/required-approvals";
import { summarizeNotice } from "@/lib/notices/summary";
import { findTemplate } from "@/lib/notices/templates";

export async function listNotices(actor: TActor, incidentId: string) {
  assertCan(actor, "notice.list");
  await requireVisibleIncident(prisma, actor, incidentId);
  return readNotices(incidentId);
}

/**
 * Everything the Notices tab shows, behind one visibility check: the notices, the obligations a new notice can be
 * drafted for (null for someone who may not draft) and, on an exercise incident, its sandbox mailbox.
 */
export async function getNoticesTab(actor: TActor, incidentId: string) {
  assertCan(actor, "notice.list");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  const [notices, draftableObligations, sandboxMails] = await Promise.all([
    readNotices(incidentId),
    can(actor, "notice.draft") ? findDraftableObligations(incidentId) : null,
    incident.exercise && can(actor, "sandbox-mail.list") ? findSandboxMail(incidentId) : [],
  ]);
  return { exercise: incident.exercise, notices, draftableObligations, sandboxMails };
}

async function readNotices(incidentId: string) {
  const [policy, notices] = await Promise.all([readApprovalPolicy(), findNoticesWithDetail(incidentId)]);
  return notices.map((notice) => summarizeNotice(notice, requiredApprovals(policy, notice)));
}

/** One notice with its versions, approvals and send, and what the person reading may do with it. */
export async function getNotice(actor: TActor, incidentId: string, noticeId: string) {
  assertCan(actor, "notice.read");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  const notice = await findNoticeWithDetail(incidentId, noticeId);
  if (!notice) throw AppError.notFound("The notice");
  const policy = await readApprovalPolicy();
  const summary = summarizeNotice(notice, requiredApprovals(policy, notice));
  const send = notice.sends[0] ?? null;
  const progress = send ? await recipientProgress(send.id) : null;
  const latest = summary.latest;
  const template = findTemplate(notice.templateId);
  const standing = latest ? approverStanding(actor, summary.state.required, latest, notice.approvals.filter((a) => a.versionId === latest.id)) : null;
  const viewer = {
    canDraft: can(actor, "notice.draft") && !notice.sentVersionId,
    canSend: can(actor, "notice.send"),
    approvableRoles: standing?.roles ?? [],
    isDrafterOfLatest: standing?.refusal === "drafter",
    /** Latest version saved through an API token without a recorded owner, seen by an administrator (who may not approve it). */
    ownerlessTokenDraft: standing?.refusal === "ownerless_token_drafter",
    reauthFresh: signedInRecently(actor, new Date()),
  };
  return { ...summary, incident: { id: incident.id, exercise: incident.exercise }, send, progress, template, viewer };
}

export type TNoticeDetail = Awaited<ReturnType<typeof getNotice>>;

export async function getSendProgress(actor: TActor, incidentId: string, noticeId: string) {
  assertCan(actor, "notice.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const send = await findNoticeSend(incidentId, noticeId);
  if (!send) throw AppError.notFound("The send");
  const [progress, notReached] = await Promise.all([recipientProgress(send.id), findNotReachedRecipients(send.id)]);
  return {
    ...send,
    ...progress,
    notReached: notReached.map((r) => ({
      address: ledgerPersonId(r.address) ? null : r.address,
      status: r.status,
      reason: r.error ?? "",
      bouncedAt: r.bouncedAt?.toISOString() ?? null,
    })),
  };
}

export async function listSandboxMail(actor: TActor, incidentId: string) {
  assertCan(actor, "sandbox-mail.list");
  await requireVisibleIncident(prisma, actor, incidentId);
  return findSandboxMail(incidentId);
}
