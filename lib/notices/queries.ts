import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/auth/policy";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import type { TNoticeContent } from "@/lib/notices/content";

/** Locks the notice row for the rest of the transaction: saves, approvals and sends of one notice queue up here. */
export async function lockNotice(tx: Prisma.TransactionClient, noticeId: string, incidentId: string) {
  await tx.$queryRaw`SELECT id FROM notices WHERE id = ${noticeId}::uuid AND incident_id = ${incidentId}::uuid FOR UPDATE`;
  return tx.notice.findFirst({
    where: { id: noticeId, incidentId },
    include: { incident: { select: { exercise: true } }, obligation: { select: { ruleId: true } } },
  });
}

export const NOTICE_DETAIL_INCLUDE = {
  obligation: { select: { id: true, ruleId: true, recipient: true, dueAt: true, metAt: true, status: true } },
  versions: { orderBy: { number: "desc" }, select: { id: true, number: true, content: true, recipients: true, contentHash: true, authorId: true, authorTokenId: true, authorLabel: true, createdAt: true } },
  approvals: { orderBy: { createdAt: "asc" }, select: { id: true, versionId: true, approverId: true, approverLabel: true, role: true, decision: true, comment: true, contentHash: true, createdAt: true, voidedAt: true, voidedReason: true } },
  ledgerSelection: { select: { jurisdiction: true, importId: true, people: true, peopleWithEmail: true, createdAt: true } },
  sends: {
    select: {
      id: true, versionId: true, channel: true, sandbox: true, sentByLabel: true, followUp: true, createdAt: true, firstDeliveredAt: true, completedAt: true,
      portal: true, portalReference: true, receiptName: true, receiptType: true, receiptSha256: true,
    },
  },
} satisfies Prisma.NoticeInclude;

export async function recipientProgress(sendId: string, tx: Prisma.TransactionClient = prisma) {
  const groups = await tx.noticeRecipient.groupBy({ by: ["status"], where: { sendId }, _count: { _all: true } });
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  const sent = count("sent");
  const failed = count("failed");
  const postalMailNeeded = count("postal_mail_needed");
  // Accepted by the mail server, then reported undeliverable by the provider: sent, but nobody was reached.
  const bounced = count("bounced");
  const total = groups.reduce((sum, g) => sum + g._count._all, 0);
  return { total, sent, failed, bounced, postalMailNeeded, pending: total - sent - failed - bounced - postalMailNeeded };
}

/** The SHA-256 of a notice's submission receipt, if it has one; the bytes are read as evidence (lib/notices/receipt.ts). */
export async function findReceiptSha256(incidentId: string, noticeId: string): Promise<string | null> {
  const send = await prisma.noticeSend.findFirst({ where: { noticeId, notice: { incidentId } }, select: { receiptSha256: true } });
  return send?.receiptSha256 ?? null;
}

type TTx = Prisma.TransactionClient;

export type TNoticeWithDetail = Prisma.NoticeGetPayload<{ include: typeof NOTICE_DETAIL_INCLUDE }>;

export function findNoticesWithDetail(incidentId: string, db: TDbClient = prisma): Promise<TNoticeWithDetail[]> {
  return db.notice.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, include: NOTICE_DETAIL_INCLUDE });
}

export function findNoticeWithDetail(incidentId: string, noticeId: string, db: TDbClient = prisma): Promise<TNoticeWithDetail | null> {
  return db.notice.findFirst({ where: { id: noticeId, incidentId }, include: NOTICE_DETAIL_INCLUDE });
}

/** The send of a notice (a notice is sent once), scoped to its incident. */
export function findNoticeSend(incidentId: string, noticeId: string, db: TDbClient = prisma) {
  return db.noticeSend.findFirst({ where: { noticeId, notice: { incidentId } }, select: { id: true, channel: true, completedAt: true, firstDeliveredAt: true } });
}

/** The newest 200 messages an exercise incident's notices "sent". */
export function findSandboxMail(incidentId: string, db: TDbClient = prisma) {
  return db.sandboxMail.findMany({ where: { incidentId }, orderBy: { createdAt: "desc" }, take: 200 });
}

/** Unmet obligations of the incident a new notice can be drafted for, soonest first. */
export function findDraftableObligations(incidentId: string, db: TDbClient = prisma) {
  return db.obligation.findMany({
    where: { incidentId, metAt: null, retiredAt: null, applies: { not: "no" } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { ruleId: "asc" }],
    select: { id: true, ruleId: true, recipient: true, dueAt: true },
  });
}

/** Titles of the incident's findings, the text a letter to the public must not quote. */
/** How many of an incident's finding titles a letter to the public is checked against (titles are what gets copied). */
const FINDING_TEXTS_MAX = 200;

/** The finding titles the completeness check looks for, the same ones for the notice page and the send gate. */
export async function findFindingTitles(incidentId: string, db: TDbClient = prisma): Promise<string[]> {
  const findings = await db.finding.findMany({ where: { incidentId }, select: { title: true }, orderBy: { id: "asc" }, take: FINDING_TEXTS_MAX });
  return findings.map((f) => f.title);
}

export function findIncidentObligation(tx: TTx, incidentId: string, obligationId: string) {
  return tx.obligation.findFirst({ where: { id: obligationId, incidentId }, select: { id: true, ruleId: true, recipient: true, metAt: true } });
}

/** The person who created an API token, if recorded. */
export async function findTokenOwner(tx: TTx, tokenId: string) {
  const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { createdBy: { select: { id: true, name: true } } } });
  return token?.createdBy ?? null;
}

export function insertNotice(tx: TTx, data: Prisma.NoticeUncheckedCreateInput) {
  return tx.notice.create({ data, select: { id: true } });
}

export function insertNoticeVersion(tx: TTx, data: Prisma.NoticeVersionUncheckedCreateInput) {
  return tx.noticeVersion.create({ data, select: { id: true } });
}

export function findVersionByNumber(tx: TTx, noticeId: string, number: number) {
  return tx.noticeVersion.findUnique({ where: { noticeId_number: { noticeId, number } } });
}

export function findVersionOfNotice(tx: TTx, noticeId: string, versionId: string) {
  return tx.noticeVersion.findFirst({ where: { id: versionId, noticeId } });
}

/** Moves the notice to version `number`, only if it is still at `basedOnVersion` and unsent; returns whether it moved. */
export async function advanceLatestVersion(tx: TTx, noticeId: string, basedOnVersion: number, number: number): Promise<boolean> {
  const moved = await tx.notice.updateMany({ where: { id: noticeId, latestVersion: basedOnVersion, sentVersionId: null }, data: { latestVersion: number } });
  return moved.count === 1;
}

/** Voids every live approval of the notice, saying why; returns how many. */
export async function voidApprovals(tx: TTx, noticeId: string, reason: string): Promise<number> {
  const voided = await tx.noticeApproval.updateMany({ where: { noticeId, voidedAt: null }, data: { voidedAt: new Date(), voidedReason: reason } });
  return voided.count;
}

/** Every approval row of one version, voided ones included. */
export function findVersionApprovals(tx: TTx, versionId: string) {
  return tx.noticeApproval.findMany({ where: { versionId }, select: { role: true, decision: true, contentHash: true, voidedAt: true, approverId: true, createdAt: true } });
}

export function insertApproval(tx: TTx, data: Prisma.NoticeApprovalUncheckedCreateInput) {
  return tx.noticeApproval.create({ data, select: { id: true } });
}

export function insertNoticeSend(tx: TTx, data: Prisma.NoticeSendUncheckedCreateInput) {
  return tx.noticeSend.create({ data, select: { id: true } });
}

/** Marks the notice sent as `versionId`, only if it is unsent and still at `latestVersion`; returns whether it did. */
export async function markNoticeSent(tx: TTx, noticeId: string, latestVersion: number, versionId: string, at: Date): Promise<boolean> {
  const locked = await tx.notice.updateMany({ where: { id: noticeId, sentVersionId: null, latestVersion }, data: { sentVersionId: versionId, sentAt: at } });
  return locked.count === 1;
}

export function insertNoticeRecipients(tx: TTx, data: Prisma.NoticeRecipientCreateManyInput[]) {
  return tx.noticeRecipient.createMany({ data });
}

/** The Message-ID of the first recipient a send reached, if any. */
export async function findFirstDeliveredMessageId(sendId: string, db: TDbClient = prisma): Promise<string | null> {
  const first = await db.noticeRecipient.findFirst({ where: { sendId, status: "sent" }, orderBy: { position: "asc" }, select: { messageId: true } });
  return first?.messageId ?? null;
}

// ─── What the "decisions awaiting someone" rule reads (lib/notices/notice-decisions.ts) ───

export type TDecisionIncident = { id: string; restricted: boolean; exercise: boolean; commanderId: string };

/** Those of `incidentIds` the actor may see, with what deciding on their notices needs to know about them. */
export function findDecisionIncidents(actor: TActor, incidentIds: readonly string[], db: TDbClient = prisma): Promise<TDecisionIncident[]> {
  return db.incident.findMany({
    where: { AND: [visibleIncidentsWhere(actor), { id: { in: [...incidentIds] } }] },
    select: { id: true, restricted: true, exercise: true, commanderId: true },
  });
}

/** Who is a member of each of these (need-to-know) incidents. */
export async function findIncidentMembers(incidentIds: readonly string[], db: TDbClient = prisma) {
  if (incidentIds.length === 0) return [];
  return db.incidentMember.findMany({ where: { incidentId: { in: [...incidentIds] } }, select: { incidentId: true, userId: true } });
}

export function findNoticesOfIncidents(incidentIds: readonly string[], db: TDbClient = prisma) {
  return db.notice.findMany({
    where: { incidentId: { in: [...incidentIds] } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, incidentId: true, title: true, kind: true, templateId: true, obligationId: true, sentVersionId: true, latestVersion: true,
      obligation: { select: { ruleId: true } },
    },
  });
}

/** At most this many of a send's recipients not reached are listed on the notice's page (all of them are in the export). */
export const NOT_REACHED_LISTED = 50;

/**
 * The recipients a send did not reach, refused first then bounced, each with the reason the server or provider gave.
 * A ledger person appears under their pseudonymous address only.
 */
export function findNotReachedRecipients(sendId: string, db: TDbClient = prisma) {
  return db.noticeRecipient.findMany({
    where: { sendId, status: { in: ["failed", "bounced"] } },
    orderBy: [{ status: "asc" }, { position: "asc" }],
    take: NOT_REACHED_LISTED,
    select: { address: true, status: true, error: true, bouncedAt: true },
  });
}

/** Per sent notice among these: how many of its recipients were not reached (refused by the server, or bounced later). */
export async function findNotReachedCounts(noticeIds: readonly string[], db: TDbClient = prisma): Promise<Map<string, number>> {
  if (noticeIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ notice_id: string; not_reached: number }[]>`
    SELECT s.notice_id, count(*)::int AS not_reached
      FROM notice_recipients r JOIN notice_sends s ON s.id = r.send_id
     WHERE s.notice_id = ANY(${[...noticeIds]}::uuid[]) AND r.status IN ('failed', 'bounced')
     GROUP BY s.notice_id`;
  return new Map(rows.map((row) => [row.notice_id, row.not_reached]));
}

export type TLatestVersionRow = {
  notice_id: string;
  version_id: string;
  content: TNoticeContent;
  content_hash: string;
  author_id: string | null;
  author_token_id: string | null;
  recipient_count: number;
  merge_fields: string[];
};

/**
 * The latest version of each unsent notice, with its recipients counted in the database: a bulk list of 100,000
 * addresses never travels to the page for a count and its merge-field names.
 */
const LATEST_VERSIONS_SQL = `
  SELECT v.notice_id, v.id AS version_id, v.content, v.content_hash, v.author_id, v.author_token_id,
         jsonb_array_length(v.recipients) AS recipient_count,
         ARRAY(SELECT DISTINCT jsonb_object_keys(r->'fields') FROM jsonb_array_elements(v.recipients) r WHERE jsonb_typeof(r->'fields') = 'object') AS merge_fields
    FROM notices n
    JOIN notice_versions v ON v.notice_id = n.id AND v.number = n.latest_version
   WHERE n.incident_id = ANY($1::uuid[]) AND n.sent_version_id IS NULL`;

export function findUnsentLatestVersions(incidentIds: readonly string[]): Promise<TLatestVersionRow[]> {
  return sqlRows<TLatestVersionRow>(LATEST_VERSIONS_SQL, [incidentIds]);
}

/** Every approval row (voided ones included) of these notices, with the number of the version it is on. */
export async function findApprovalsOfNotices(noticeIds: readonly string[], db: TDbClient = prisma) {
  if (noticeIds.length === 0) return [];
  return db.noticeApproval.findMany({
    where: { noticeId: { in: [...noticeIds] } },
    select: { noticeId: true, role: true, decision: true, contentHash: true, voidedAt: true, approverId: true, version: { select: { number: true } } },
  });
}
