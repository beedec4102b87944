import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { noticeContentHash, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { duplicateReason, duplicateRecipients } from "@/lib/notices/duplicate-recipients";
import { prefillContent } from "@/lib/notices/prefill";
import {
  advanceLatestVersion,
  findIncidentObligation,
  findTokenOwner,
  findVersionByNumber,
  insertNotice,
  insertNoticeVersion,
  lockNotice,
  voidApprovals,
} from "@/lib/notices/queries";
import { prefillContext } from "@/lib/notices/prefill-queries";
import { parseRecipientsCsv } from "@/lib/notices/recipients-csv";
import { kindMismatch } from "@/lib/notices/required-approvals";
import { ZCreateNoticeInput, ZRecipientsCsvInput, ZSaveVersionInput, type TCreateNoticeInput, type TSaveVersionInput } from "@/lib/notices/schemas";
import { findTemplate } from "@/lib/notices/templates";
import { NOTICE_TX } from "@/lib/notices/transaction";

/**
 * Who a new version is by. Through an API token, the person accountable is the token's owner (who created it), so the
 * rule that a drafter cannot approve their own text holds for automation too; a token with no recorded owner is kept
 * as the author (approverStanding then refuses every administrator).
 */
export async function versionAuthor(tx: Prisma.TransactionClient, actor: TActor) {
  if (actor.kind === "user") return { authorId: actor.id, authorTokenId: null, authorLabel: actor.name };
  const owner = await findTokenOwner(tx, actor.id);
  return { authorId: owner?.id ?? null, authorTokenId: actor.id, authorLabel: `${actorLabel(actor)} (${owner ? `owned by ${owner.name}` : "no recorded owner"})` };
}

/** Creates a notice from a template (or from an obligation's rule), pre-filled from the incident, as version 1. */
export async function createNotice(actor: TActor, incidentId: string, input: TCreateNoticeInput) {
  assertCan(actor, "notice.draft");
  const data = ZCreateNoticeInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const obligation = data.obligationId === null ? null : await findIncidentObligation(tx, incidentId, data.obligationId);
    if (data.obligationId !== null && !obligation) {
      throw AppError.badRequest("The obligation is not one of this incident's.", [{ name: "obligationId", reason: "must be an obligation of this incident" }]);
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
    const notice = await insertNotice(tx, { incidentId, obligationId: obligation?.id ?? null, kind, templateId: template.id, title, latestVersion: 1 });
    await insertNoticeVersion(tx, { noticeId: notice.id, number: 1, content, recipients, contentHash, ...(await versionAuthor(tx, actor)) });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.drafted",
      actor,
      payload: { noticeId: notice.id, title, kind, templateId: template.id, obligationId: obligation?.id ?? null },
    });
    return { id: notice.id };
  }, NOTICE_TX);
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
    const previous = await findVersionByNumber(tx, noticeId, notice.latestVersion);
    const content = newContent !== KEEP_CONTENT ? newContent : previous ? (previous.content as TNoticeContent) : null;
    if (!content) throw AppError.conflict("That version does not exist; reload the notice.");
    const contentHash = noticeContentHash(content, recipients);
    if (previous?.contentHash === contentHash) return { version: previous.number, versionId: previous.id, contentHash, unchanged: true };
    const number = notice.latestVersion + 1;
    if (!(await advanceLatestVersion(tx, noticeId, basedOnVersion, number))) throw AppError.conflict("The notice changed meanwhile; reload it.");
    const version = await insertNoticeVersion(tx, { noticeId, number, content, recipients, contentHash, ...(await versionAuthor(tx, actor)) });
    const voided = await voidApprovals(tx, noticeId, `Version ${number} was saved; approvals apply to the exact text they approved.`);
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.version-saved",
      actor,
      payload: { noticeId, title: notice.title, version: number, contentHash, recipients: recipients.length, voidedApprovals: voided },
    });
    return { version: number, versionId: version.id, contentHash, unchanged: false, voidedApprovals: voided };
  }, NOTICE_TX);
}
