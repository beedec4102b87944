import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TPrefillContext } from "@/lib/notices/prefill";

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
