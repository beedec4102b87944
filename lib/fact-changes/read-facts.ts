import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import type { TResidency, TStoredFacts } from "@/lib/incident-facts/schemas";
import { EMPTY_FACTS } from "@/lib/obligations/assemble";

/** Everything the Facts page shows. */
export async function getIncidentFacts(actor: TActor, incidentId: string) {
  assertCan(actor, "incident.facts.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const [row, declarations, profile, suggestions] = await Promise.all([
    prisma.incidentFacts.findUnique({ where: { incidentId }, select: { facts: true, version: true, updatedAt: true } }),
    prisma.incidentDeclaration.findMany({
      where: { incidentId },
      orderBy: { recordedAt: "asc" },
      select: {
        id: true, moment: true, at: true, reason: true, declaredByLabel: true, recordedAt: true, supersedesId: true,
        supersededBy: { select: { id: true } },
      },
    }),
    prisma.organisationProfile.findUnique({ where: { id: "default" }, select: { id: true } }),
    findSuggestions(incidentId),
  ]);
  return {
    facts: (row?.facts as TStoredFacts | undefined) ?? EMPTY_FACTS,
    version: row?.version ?? 0,
    declarations: declarations.map((d) => ({ ...d, current: d.supersededBy === null })),
    organisationProfileSet: Boolean(profile),
    suggestions,
  };
}

/** Findings linked to the incident whose affected resources include a listed data store's ARN. */
export async function findSuggestions(incidentId: string) {
  const findings = await prisma.finding.findMany({
    where: { incidentId },
    select: { id: true, title: true, resourceIds: true },
    take: 500,
  });
  const arns = [...new Set(findings.flatMap((f) => f.resourceIds))];
  if (arns.length === 0) return [];
  const stores = await prisma.dataStore.findMany({ where: { arn: { in: arns } } });
  const byArn = new Map(stores.map((s) => [s.arn, s]));
  return findings.flatMap((finding) =>
    finding.resourceIds
      .map((arn) => byArn.get(arn))
      .filter((store) => store !== undefined)
      .map((store) => ({
        finding: { id: finding.id, title: finding.title },
        store: { id: store.id, name: store.name, arn: store.arn, dataCategories: store.dataCategories, residency: store.residency as TResidency, encrypted: store.encrypted },
      })),
  );
}
