import "server-only";
import { prisma } from "@/lib/db";
import { findChainPage } from "@/lib/timeline/queries";
import { findIncidentCoverage } from "@/lib/obligations/coverage";
import { findDeclarations, findIncidentFacts, findIncidentFindings, findStatusObligations } from "@/lib/status/queries";

const PAGE = 5_000;

/** The whole record of one incident, read for a report. Callers have checked visibility (getIncident) first. */
export async function loadReportData(incidentId: string) {
  const [incident, declarations, facts, obligations, findings, timeline, organisationTimeZone, coverage] = await Promise.all([
    prisma.incident.findUniqueOrThrow({
      where: { id: incidentId },
      select: {
        id: true,
        reference: true,
        title: true,
        severity: true,
        status: true,
        summary: true,
        restricted: true,
        declaredAt: true,
        updatedAt: true,
        commander: { select: { id: true, name: true } },
        declaredBy: { select: { id: true, name: true } },
        members: { select: { role: true, user: { select: { id: true, name: true } } }, orderBy: { addedAt: "asc" } },
      },
    }),
    findDeclarations(incidentId),
    findIncidentFacts(incidentId),
    findStatusObligations([incidentId]),
    findIncidentFindings(incidentId),
    loadTimeline(incidentId),
    findOrganisationTimeZone(),
    findIncidentCoverage(incidentId),
  ]);
  return { incident, declarations, facts, obligations, findings, timeline, organisationTimeZone, coverage };
}

/** The organisation profile's time zone, the report's default zone; null when no profile is saved. */
export async function findOrganisationTimeZone(): Promise<string | null> {
  const row = await prisma.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true } });
  const zone = (row?.profile as { timeZone?: unknown } | null)?.timeZone;
  return typeof zone === "string" ? zone : null;
}

export type TReportData = Awaited<ReturnType<typeof loadReportData>>;

/** The full timeline in sequence order, with the chain fields (read in pages so a long one streams from the database). */
async function loadTimeline(incidentId: string) {
  const rows: Awaited<ReturnType<typeof findChainPage>> = [];
  for (let after = 0; ; ) {
    const page = await findChainPage(incidentId, after, PAGE);
    rows.push(...page);
    if (page.length < PAGE) break;
    after = page.at(-1)!.sequence;
  }
  return rows;
}
