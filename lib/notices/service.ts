import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { can, type TActor, type TApproverRole } from "@/lib/auth/policy";
import { confirmPassword } from "@/lib/auth/reauth";
import { registerEvidenceFromBuffer } from "@/lib/evidence/service";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { approvalState, approverStanding } from "@/lib/notices/approval-state";
import { missingElements, noticeContentHash, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { duplicateReason, duplicateRecipients } from "@/lib/notices/duplicate-recipients";
import { assertObligationOpenOrFollowUp, meetObligationOrRecordFact } from "@/lib/notices/obligation-gate";
import { prefillContent } from "@/lib/notices/prefill";
import { lockNotice, NOTICE_DETAIL_INCLUDE, prefillContext, recipientProgress } from "@/lib/notices/queries";
import { parseRecipientsCsv } from "@/lib/notices/recipients-csv";
import { kindMismatch, requiredApprovals } from "@/lib/notices/required-approvals";
import {
  RECEIPT_MAX_BYTES,
  ZCreateNoticeInput,
  ZDecisionInput,
  ZRecipientsCsvInput,
  ZRecordSubmissionInput,
  ZSaveVersionInput,
  type TCreateNoticeInput,
  type TDecisionInput,
  type TRecordSubmissionInput,
  type TSaveVersionInput,
} from "@/lib/notices/schemas";
import { assertSendable, lockForSend } from "@/lib/notices/send";
import { findTemplate } from "@/lib/notices/templates";

/** An approver who signed in this recently need not type their password again. */
export const REAUTH_WINDOW_MS = 5 * 60 * 1000;
/** How far in the future a recorded submission may be dated: the recorder's clock and the server's may differ a little. */
export const SUBMISSION_CLOCK_SKEW_MS = 5 * 60 * 1000;
const TX = { timeout: 60_000, maxWait: 30_000 };

/**
 * Who a new version is by. Through an API token, the person accountable is the token's owner (who created it), so the
 * rule that a drafter cannot approve their own text holds for automation too; a token with no recorded owner is kept
 * as the author (approverStanding then refuses every administrator).
 */
async function versionAuthor(tx: Prisma.TransactionClient, actor: TActor) {
  if (actor.kind === "user") return { authorId: actor.id, authorTokenId: null, authorLabel: actor.name };
  const token = await tx.apiToken.findUnique({ where: { id: actor.id }, select: { createdBy: { select: { id: true, name: true } } } });
  const owner = token?.createdBy ?? null;
  return { authorId: owner?.id ?? null, authorTokenId: actor.id, authorLabel: `${actorLabel(actor)} (${owner ? `owned by ${owner.name}` : "no recorded owner"})` };
}

// ─── Reading ───

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
    can(actor, "notice.draft") ? readDraftableObligations(incidentId) : null,
    incident.exercise && can(actor, "sandbox-mail.list") ? readSandboxMail(incidentId) : [],
  ]);
  return { exercise: incident.exercise, notices, draftableObligations, sandboxMails };
}

async function readNotices(incidentId: string) {
  const [policy, notices] = await Promise.all([
    readApprovalPolicy(),
    prisma.notice.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, include: NOTICE_DETAIL_INCLUDE }),
  ]);
  return notices.map((notice) => summarize(notice, requiredApprovals(policy, notice)));
}

export async function getNotice(actor: TActor, incidentId: string, noticeId: string) {
  assertCan(actor, "notice.read");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  const notice = await prisma.notice.findFirst({ where: { id: noticeId, incidentId }, include: NOTICE_DETAIL_INCLUDE });
  if (!notice) throw AppError.notFound("The notice");
  const policy = await readApprovalPolicy();
  const summary = summarize(notice, requiredApprovals(policy, notice));
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
    reauthFresh: actor.kind === "user" && typeof actor.signedInAt === "number" && Date.now() - actor.signedInAt < REAUTH_WINDOW_MS,
  };
  return { ...summary, incident: { id: incident.id, exercise: incident.exercise }, send, progress, template, viewer };
}

type TNoticeWithDetail = Prisma.NoticeGetPayload<{ include: typeof NOTICE_DETAIL_INCLUDE }>;

function summarize(notice: TNoticeWithDetail, required: TApproverRole[]) {
  const latest = notice.versions[0] ?? null;
  const approvalsOfLatest = latest ? notice.approvals.filter((a) => a.versionId === latest.id) : [];
  const state = approvalState(required, latest?.contentHash ?? "", approvalsOfLatest);
  const template = findTemplate(notice.templateId);
  const missing = latest && template ? missingElements(template, latest.content as TNoticeContent, latest.recipients as TNoticeRecipient[]) : [];
  const status = notice.sentVersionId ? "sent" : state.rejected ? "rejected" : state.fullyApproved ? (missing.length ? "incomplete" : "approved") : "awaiting_approval";
  return {
    id: notice.id,
    incidentId: notice.incidentId,
    kind: notice.kind,
    templateId: notice.templateId,
    title: notice.title,
    obligation: notice.obligation,
    latestVersion: notice.latestVersion,
    sentVersionId: notice.sentVersionId,
    sentAt: notice.sentAt,
    latest,
    versions: notice.versions,
    approvals: notice.approvals,
    state,
    missing,
    status,
  };
}

// ─── Drafting ───

/** Creates a notice from a template (or from an obligation's rule), pre-filled from the incident, as version 1. */
export async function createNotice(actor: TActor, incidentId: string, input: TCreateNoticeInput) {
  assertCan(actor, "notice.draft");
  const data = ZCreateNoticeInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    let obligation: { id: string; ruleId: string; recipient: string; metAt: Date | null } | null = null;
    if (data.obligationId !== null) {
      obligation = await tx.obligation.findFirst({ where: { id: data.obligationId, incidentId }, select: { id: true, ruleId: true, recipient: true, metAt: true } });
      if (!obligation) throw AppError.badRequest("The obligation is not one of this incident's.", [{ name: "obligationId", reason: "must be an obligation of this incident" }]);
    }
    const template = findTemplate(data.templateId);
    if (!template) throw AppError.badRequest("Unknown template.", [{ name: "templateId", reason: "must be one of the notice templates" }]);
    // The kind follows from the template; the approvals, from the template and the obligation (requiredApprovals).
    const mismatch = kindMismatch(template, data.kind);
    if (mismatch.length) throw AppError.badRequest("The notice's kind follows from its template.", mismatch);
    const content = prefillContent(template, await prefillContext(incidentId, tx));
    const recipients: TNoticeRecipient[] = [];
    const title = data.title || (obligation ? `${template.label} — ${obligation.recipient}` : template.label);
    const kind = template.kind;
    const contentHash = noticeContentHash(content, recipients);
    const notice = await tx.notice.create({
      data: { incidentId, obligationId: obligation?.id ?? null, kind, templateId: template.id, title, latestVersion: 1 },
      select: { id: true },
    });
    await tx.noticeVersion.create({ data: { noticeId: notice.id, number: 1, content, recipients, contentHash, ...(await versionAuthor(tx, actor)) } });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.drafted",
      actor,
      payload: { noticeId: notice.id, title, kind, templateId: template.id, obligationId: obligation?.id ?? null },
    });
    return { id: notice.id };
  }, TX);
}

/**
 * Saves an edit as a new immutable version. Conditional on the version the editor started from (409 otherwise), and
 * refused once sent. Every approval of earlier versions is voided in the same transaction, visibly.
 */
export async function saveNoticeVersion(actor: TActor, incidentId: string, noticeId: string, input: TSaveVersionInput) {
  assertCan(actor, "notice.draft");
  const data = ZSaveVersionInput.parse(input);
  return saveVersion(actor, incidentId, noticeId, data.content, data.recipients as TNoticeRecipient[], data.basedOnVersion);
}

/** Replaces the recipient list with the valid rows of a CSV (a new version); bad rows are reported and left out. */
export async function uploadRecipientsCsv(actor: TActor, incidentId: string, noticeId: string, input: unknown) {
  assertCan(actor, "notice.draft");
  const data = ZRecipientsCsvInput.parse(input);
  const { recipients, badRows, duplicates } = parseRecipientsCsv(data.csv);
  if (duplicates.length) {
    throw new AppError("bad_request", "The CSV lists an address more than once.", duplicates.map((d) => ({ name: "csv", reason: `line ${d.line}: ${d.reason}` })), { badRows, duplicates });
  }
  if (recipients.length === 0) {
    throw new AppError("bad_request", "The CSV has no valid recipient.", [{ name: "csv", reason: badRows[0]?.reason ?? "has no valid row" }], { badRows });
  }
  // The text stays that of the version the upload is based on, read under the notice's lock (saveVersion).
  const saved = await saveVersion(actor, incidentId, noticeId, KEEP_CONTENT, recipients, data.basedOnVersion);
  return { ...saved, accepted: recipients.length, badRows };
}

/** Passed as the content of a save that changes only the recipients. */
const KEEP_CONTENT = Symbol("keep the content of the version saved on");

async function saveVersion(actor: TActor, incidentId: string, noticeId: string, newContent: TNoticeContent | typeof KEEP_CONTENT, recipients: TNoticeRecipient[], basedOnVersion: number) {
  // Both ways in (JSON and CSV) name the duplicate row in their own terms first; this holds for any future one.
  const duplicate = duplicateRecipients(recipients)[0];
  if (duplicate) throw AppError.badRequest("An address appears twice.", [{ name: `recipients.${duplicate.index}.address`, reason: duplicateReason(duplicate, (index) => `recipients.${index}`) }]);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const notice = await lockNotice(tx, noticeId, incidentId);
    if (!notice) throw AppError.notFound("The notice");
    if (notice.sentVersionId) throw AppError.conflict("This notice has been sent; its text is locked.");
    if (notice.latestVersion !== basedOnVersion) {
      throw AppError.conflict(`Someone saved version ${notice.latestVersion} meanwhile; reload to see it before editing.`, { current: { version: notice.latestVersion } });
    }
    const previous = await tx.noticeVersion.findUnique({ where: { noticeId_number: { noticeId, number: notice.latestVersion } }, select: { contentHash: true, id: true, number: true, content: true } });
    const content = newContent !== KEEP_CONTENT ? newContent : previous ? (previous.content as TNoticeContent) : null;
    if (!content) throw AppError.conflict("That version does not exist; reload the notice.");
    const contentHash = noticeContentHash(content, recipients);
    if (previous?.contentHash === contentHash) return { version: previous.number, versionId: previous.id, contentHash, unchanged: true };
    const number = notice.latestVersion + 1;
    const moved = await tx.notice.updateMany({ where: { id: noticeId, latestVersion: basedOnVersion, sentVersionId: null }, data: { latestVersion: number } });
    if (moved.count !== 1) throw AppError.conflict("The notice changed meanwhile; reload it.");
    const version = await tx.noticeVersion.create({ data: { noticeId, number, content, recipients, contentHash, ...(await versionAuthor(tx, actor)) }, select: { id: true } });
    const voided = await tx.noticeApproval.updateMany({
      where: { noticeId, voidedAt: null },
      data: { voidedAt: new Date(), voidedReason: `Version ${number} was saved; approvals apply to the exact text they approved.` },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.version-saved",
      actor,
      payload: { noticeId, title: notice.title, version: number, contentHash, recipients: recipients.length, voidedApprovals: voided.count },
    });
    return { version: number, versionId: version.id, contentHash, unchanged: false, voidedApprovals: voided.count };
  }, TX);
}

// ─── Approving ───

async function assertReauthenticated(actor: TActor, password: string | undefined, now: Date) {
  if (actor.kind !== "user") throw AppError.forbidden("Notices are approved by people: API tokens cannot approve.");
  if (password) return confirmPassword(actor.id, password, now);
  if (typeof actor.signedInAt === "number" && now.getTime() - actor.signedInAt < REAUTH_WINDOW_MS) return;
  throw new AppError("forbidden", "Confirm your password to approve.", [{ name: "password", reason: "is required to confirm it is you" }], { reauth: true });
}

/**
 * Approves or rejects the latest version of a notice as one of the roles its kind requires. Bound to the content hash
 * the approver saw; conditional (inside the notice's lock) on that version still being the latest and the notice
 * not sent. The drafter of a version cannot decide on it.
 */
export async function decideNotice(actor: TActor, incidentId: string, noticeId: string, input: TDecisionInput, now = new Date()) {
  assertCan(actor, "notice.approve");
  const data = ZDecisionInput.parse(input);
  await assertReauthenticated(actor, data.password, now);
  if (actor.kind !== "user") throw AppError.forbidden();
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const notice = await lockNotice(tx, noticeId, incidentId);
    if (!notice) throw AppError.notFound("The notice");
    if (notice.sentVersionId) throw AppError.conflict("This notice has already been sent.");
    const version = await tx.noticeVersion.findFirst({ where: { id: data.versionId, noticeId } });
    if (!version) throw AppError.notFound("The notice version");
    if (version.number !== notice.latestVersion) {
      throw AppError.conflict(`Version ${version.number} is no longer the latest (version ${notice.latestVersion} was saved); review the new text.`, { current: { version: notice.latestVersion } });
    }
    if (version.contentHash !== data.contentHash) throw AppError.conflict("The text you reviewed is not this version's text; reload it.");
    const required = requiredApprovals(await readApprovalPolicy(tx), notice);
    const existing = await tx.noticeApproval.findMany({ where: { versionId: version.id }, select: { role: true, decision: true, contentHash: true, voidedAt: true, approverId: true } });
    const { state: before, roles: open, refusal } = approverStanding(actor, required, version, existing);
    if (refusal === "drafter") throw AppError.forbidden("You drafted this version (yourself or through your API token), so someone else must approve it.");
    if (refusal === "ownerless_token_drafter") {
      throw AppError.forbidden("This version was saved through an API token with no recorded owner, which any administrator could have created: someone who is not an administrator must approve it.");
    }
    if (refusal === "already_decided") throw AppError.conflict("You have already decided on this version.");
    if (refusal === "rejected") throw AppError.conflict("This version was rejected; it needs a new version before approval.");
    const role = data.role ?? open[0];
    if (!role || !open.includes(role)) {
      throw AppError.forbidden(
        before.missing.length
          ? `This ${notice.kind.replace("_", " ")} notice still needs approval from: ${before.missing.join(", ")}. You cannot give it.`
          : "This version already has every approval it needs.",
      );
    }
    await tx.noticeApproval.create({
      data: {
        noticeId, versionId: version.id, approverId: actor.id, approverLabel: actor.name, role, decision: data.decision, comment: data.comment, contentHash: version.contentHash,
      },
    });
    const after = approvalState(required, version.contentHash, [...existing, { role, decision: data.decision, contentHash: version.contentHash, voidedAt: null, approverId: actor.id }]);
    if (data.decision === "approve") {
      await appendTimelineEvent(tx, { incidentId, kind: "notice.approved", actor, payload: { noticeId, title: notice.title, version: version.number, role, contentHash: version.contentHash, fullyApproved: after.fullyApproved } });
    } else {
      await appendTimelineEvent(tx, { incidentId, kind: "notice.rejected", actor, payload: { noticeId, title: notice.title, version: version.number, role, contentHash: version.contentHash, comment: data.comment } });
    }
    return { decision: data.decision, role, state: after };
  }, TX);
}

// ─── Sending (lib/notices/send.ts) and recording submissions made elsewhere ───

/**
 * Records a submission made elsewhere (a regulator's portal) with its receipt, under the same approval gate. Its
 * instant must lie between the approval of the version and now (a little clock skew allowed), so a late notice cannot
 * be dated on time.
 */
export async function recordSubmission(actor: TActor, incidentId: string, noticeId: string, input: TRecordSubmissionInput, now = new Date()) {
  assertCan(actor, "notice.send");
  const data = ZRecordSubmissionInput.parse(input);
  const submittedAt = new Date(data.submittedAt);
  if (submittedAt.getTime() > now.getTime() + SUBMISSION_CLOCK_SKEW_MS) {
    throw AppError.badRequest("The submission cannot be in the future.", [{ name: "submittedAt", reason: "must not be in the future" }]);
  }
  const bytes = data.receipt ? Buffer.from(data.receipt.base64, "base64") : null;
  if (bytes && bytes.byteLength > RECEIPT_MAX_BYTES) throw AppError.badRequest("The receipt is too large.", [{ name: "receipt", reason: "must be at most 5 MB" }]);
  const sha256 = bytes ? createHash("sha256").update(bytes).digest("hex") : null;
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const notice = await lockNotice(tx, noticeId, incidentId);
    if (!notice) throw AppError.notFound("The notice");
    const { version, approvedAt } = await assertSendable(tx, notice, data.versionId);
    if (submittedAt < approvedAt) {
      throw AppError.badRequest("The submission cannot be dated before the version was approved.", [
        { name: "submittedAt", reason: `must not be before version ${version.number} was approved (${approvedAt.toISOString()})` },
      ]);
    }
    const followUp = await assertObligationOpenOrFollowUp(tx, notice, data.followUp);
    await lockForSend(tx, notice, version.id, submittedAt);
    const send = await tx.noticeSend.create({
      data: {
        noticeId, versionId: version.id, channel: "submission", sandbox: notice.incident.exercise, followUp,
        sentById: actor.kind === "user" ? actor.id : null, sentByLabel: actorLabel(actor),
        firstDeliveredAt: submittedAt, completedAt: submittedAt, portal: data.portal, portalReference: data.reference,
        receiptName: data.receipt?.name ?? null, receiptType: data.receipt?.type ?? null, receiptBytes: bytes ? new Uint8Array(bytes) : null, receiptSha256: sha256,
      },
      select: { id: true },
    });
    // The receipt also enters the evidence register (SHA-256 computed by the server, chain of custody from here on).
    if (bytes && data.receipt) {
      await registerEvidenceFromBuffer(
        {
          incidentId,
          name: data.receipt.name,
          bytes,
          actor,
          mediaType: data.receipt.type,
          reason: `Receipt of the submission of “${notice.title}” via ${data.portal} (reference ${data.reference})`,
        },
        tx,
      );
    }
    if (notice.obligationId) {
      await meetObligationOrRecordFact(tx, {
        obligationId: notice.obligationId, incidentId, noticeId, title: notice.title, at: submittedAt, followUp,
        by: { kind: "submission", id: send.id, label: `${data.portal} ${data.reference}` }, actor,
      });
    }
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.submission-recorded",
      actor,
      occurredAt: submittedAt,
      payload: {
        noticeId, title: notice.title, version: version.number, contentHash: version.contentHash, portal: data.portal, reference: data.reference,
        submittedAt: submittedAt.toISOString(), receipt: bytes && sha256 && data.receipt ? { name: data.receipt.name, sha256, bytes: bytes.byteLength } : null, followUp,
      },
    });
    return { sendId: send.id, receiptSha256: sha256 };
  }, TX);
}

export async function getSendProgress(actor: TActor, incidentId: string, noticeId: string) {
  assertCan(actor, "notice.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const send = await prisma.noticeSend.findFirst({ where: { noticeId, notice: { incidentId } }, select: { id: true, channel: true, completedAt: true, firstDeliveredAt: true } });
  if (!send) throw AppError.notFound("The send");
  return { ...send, ...(await recipientProgress(send.id)) };
}

export async function listSandboxMail(actor: TActor, incidentId: string) {
  assertCan(actor, "sandbox-mail.list");
  await requireVisibleIncident(prisma, actor, incidentId);
  return readSandboxMail(incidentId);
}

/** The newest 200 messages an exercise incident's notices "sent". */
function readSandboxMail(incidentId: string) {
  return prisma.sandboxMail.findMany({ where: { incidentId }, orderBy: { createdAt: "desc" }, take: 200 });
}

/** Unmet obligations of the incident a new notice can be drafted for, soonest first. */
function readDraftableObligations(incidentId: string) {
  return prisma.obligation.findMany({
    where: { incidentId, metAt: null, retiredAt: null, applies: { not: "no" } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { ruleId: "asc" }],
    select: { id: true, ruleId: true, recipient: true, dueAt: true },
  });
}
