import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { loadContainmentClock, loadContainmentClocks } from "@/lib/containment/clock-service";
import { latestScopingGaps } from "@/lib/access-reconstruction/service";
import type { TActor } from "@/lib/auth/policy";
import { findActiveIncidents } from "@/lib/incidents/queries";
import { getIncident } from "@/lib/incidents/service";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { findCoverage, findIncidentCoverage } from "@/lib/obligations/coverage";
import { loadDecisionStates } from "@/lib/status/decision-queries";
import { decisionsAwaiting, type TDecision } from "@/lib/status/decisions-awaiting";
import { findDecisions, findIncidentFacts, findIncidentFindings, findStatusObligations } from "@/lib/status/queries";
import {
  affectedByJurisdiction, findingsPerDay, nextDeadline, notified, obligationsByStatus, openDeadlines,
} from "@/lib/status/status";

/** Everything the exec status view of one incident shows. 404 (AppError) for an incident the actor may not see. */
export async function getIncidentStatus(actor: TActor, incidentId: string, now = new Date()) {
  assertCan(actor, "report.read");
  const incident = await getIncident(actor, incidentId);
  const [obligations, facts, findings, decisions, coverage, containment, loggingGaps] = await Promise.all([
    findStatusObligations([incident.id]),
    findIncidentFacts(incident.id),
    findIncidentFindings(incident.id),
    findDecisions(incident.id),
    findIncidentCoverage(incident.id),
    loadContainmentClock(prisma, incident, now),
    latestScopingGaps(incident.id),
  ]);
  const live = obligations.filter((o) => o.retiredAt === null);
  const states = await loadDecisionStates(actor, [incident.id], live);
  return {
    incident,
    now,
    next: nextDeadline(live),
    deadlines: openDeadlines(live),
    byStatus: obligationsByStatus(live, now),
    notified: notified(live),
    coverage,
    /** The containment clock (declaration → last containment success) against the organisation's target. */
    containment,
    /** The latest CloudTrail reconstruction's logging gaps, in plain words (null before any finished). */
    loggingGaps,
    awaiting: decisionsAwaiting(states.get(incident.id) ?? { incidentId: incident.id, obligations: live, notices: [] }, coverage.coverage),
    decisions: decisions.map((event) => {
      const payload = event.payload as { text?: string; owner?: { name?: string }; rationale?: string };
      return { id: event.id, sequence: event.sequence, occurredAt: event.occurredAt, text: String(payload.text ?? ""), owner: payload.owner?.name ?? "", by: event.actorLabel };
    }),
    affected: affectedByJurisdiction(facts?.facts ?? null),
    findingsPerDay: findingsPerDay(findings.map((f) => ({ observedAt: f.firstObservedAt ?? f.sourceCreatedAt }))),
    findingsCount: findings.length,
  };
}

export type TIncidentStatusView = Awaited<ReturnType<typeof getIncidentStatus>>;

/** The portfolio: every active incident the actor may see, with its next deadline and counts, soonest deadline first. */
export async function getPortfolioStatus(actor: TActor, now = new Date()) {
  assertCan(actor, "report.read");
  // The incidents alone: their open work (the dashboard's) would read the open obligations a second time.
  const incidents = await findActiveIncidents(visibleIncidentsWhere(actor));
  const [obligations, coverage, containment] = await Promise.all([
    findStatusObligations(incidents.map((i) => i.id)),
    findCoverage(incidents.map((i) => i.id)),
    loadContainmentClocks(prisma, incidents, now),
  ]);
  const live = obligations.filter((o) => o.retiredAt === null);
  const states = await loadDecisionStates(actor, incidents.map((i) => i.id), live);
  const rows = incidents.map((incident) => {
    const own = live.filter((o) => o.incidentId === incident.id);
    const incidentCoverage = coverage.get(incident.id) ?? { catalogVersion: "", coverage: [] };
    const awaiting = decisionsAwaiting(states.get(incident.id) ?? { incidentId: incident.id, obligations: own, notices: [] }, incidentCoverage.coverage);
    return {
      incident, next: nextDeadline(own), byStatus: obligationsByStatus(own, now), notifiedCount: notified(own).length,
      awaiting, awaitingCount: awaiting.length,
      coverageGaps: incidentCoverage.coverage.filter((entry) => !entry.covered).length,
      containment: containment.get(incident.id)!,
    };
  });
  rows.sort((a, b) => (a.next?.dueAt?.getTime() ?? Infinity) - (b.next?.dueAt?.getTime() ?? Infinity));
  return { now, rows, byStatus: obligationsByStatus(live, now), awaitingCount: rows.reduce((sum, row) => sum + row.awaiting.length, 0) };
}

/** What waits for someone on each of these incidents (those the actor may see), keyed by incident id: the dashboard's. */
export async function getDecisionsAwaiting(actor: TActor, incidentIds: readonly string[]): Promise<Map<string, TDecision[]>> {
  assertCan(actor, "report.read");
  const [states, coverage] = await Promise.all([loadDecisionStates(actor, incidentIds), findCoverage(incidentIds)]);
  return new Map([...states].map(([id, state]) => [id, decisionsAwaiting(state, coverage.get(id)?.coverage ?? [])]));
}
