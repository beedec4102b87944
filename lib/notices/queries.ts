import "server-only";
import { prisma } from "@/lib/db";
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

/** The SHA-256 of a notice's submission receipt, if it has one; the bytes are read as evidence (lib/evidence). */
export async function findReceiptSha256(incidentId: string, noticeId: string): Promise<string | null> {
  const send = await prisma.noticeSend.findFirst({ where: { noticeId, notice: { incidentId } }, select: { receiptSha256: true } });
  return send?.receiptSha256 ?? null;
}
