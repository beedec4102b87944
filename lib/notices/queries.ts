import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TPrefillContext } from "@/lib/notices/prefill";

/** Locks the notice row for the rest of the transaction: saves, approvals and sends of one notice queue up here. */
export async function lockNotice(tx: Prisma.TransactionClient, noticeId: string, incidentId: string) {
  await tx.$queryRaw`SELECT id FROM notices WHERE id = ${noticeId}::uuid AND incident_id = ${incidentId}::uuid FOR UPDATE`;
  return tx.notice.findFirst({
    where: { id: noticeId, incidentId },
    include: { incident: { select: { exercise: true } }, obligation: { select: { ruleId: true } } },
  });
}

/** Everything a draft is pre-filled from; the fact tables may have no rows yet (then placeholders stay). */
export async function prefillContext(incidentId: string, tx: Prisma.TransactionClient = prisma): Promise<TPrefillContext> {
  const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { title: true, summary: true, declaredAt: true } });
  const declarations = await tx.incidentDeclaration.findMany({
    where: { incidentId, supersededBy: { is: null } },
    orderBy: { recordedAt: "asc" },
    select: { moment: true, at: true },
  });
  const facts = await tx.incidentFacts.findUnique({ where: { incidentId }, select: { facts: true } });
  const factJson = (facts?.facts ?? {}) as { incident?: { dataCategories?: unknown }; affected?: unknown };
  const affected = Array.isArray(factJson.affected)
    ? (factJson.affected as { jurisdiction?: unknown; count?: unknown; dataCategories?: unknown }[]).map((a) => ({
        jurisdiction: String(a.jurisdiction ?? "?"),
        count: typeof a.count === "number" ? a.count : null,
        ...(Array.isArray(a.dataCategories) ? { dataCategories: a.dataCategories.map(String) } : {}),
      }))
    : [];
  const dataCategories = Array.isArray(factJson.incident?.dataCategories) ? (factJson.incident.dataCategories as unknown[]).map(String) : [];
  const findings = await tx.finding.findMany({
    where: { incidentId },
    orderBy: { severityRank: "desc" },
    take: 20,
    select: { title: true, severityLabel: true, resourceIds: true },
  });
  const organisation = await tx.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true } });
  const orgName = (organisation?.profile as { name?: unknown } | null)?.name;
  return {
    title: incident.title,
    summary: incident.summary,
    declaredAt: incident.declaredAt.toISOString(),
    moments: Object.fromEntries(declarations.map((d) => [d.moment, d.at.toISOString()])),
    dataCategories,
    affected,
    findings: findings.map((f) => ({ title: f.title, severity: f.severityLabel, resource: f.resourceIds[0] ?? "" })),
    organisationName: typeof orgName === "string" ? orgName : null,
  };
}

export const NOTICE_DETAIL_INCLUDE = {
  obligation: { select: { id: true, ruleId: true, recipient: true, dueAt: true, metAt: true, status: true } },
  versions: { orderBy: { number: "desc" }, select: { id: true, number: true, content: true, recipients: true, contentHash: true, authorId: true, authorTokenId: true, authorLabel: true, createdAt: true } },
  approvals: { orderBy: { createdAt: "asc" }, select: { id: true, versionId: true, approverId: true, approverLabel: true, role: true, decision: true, comment: true, contentHash: true, createdAt: true, voidedAt: true, voidedReason: true } },
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
  const total = groups.reduce((sum, g) => sum + g._count._all, 0);
  return { total, sent, failed, pending: total - sent - failed };
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
export async function findFindingTitles(incidentId: string, take: number, db: TDbClient = prisma): Promise<string[]> {
  const findings = await db.finding.findMany({ where: { incidentId }, select: { title: true }, take });
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
