import "server-only";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { findActiveIncidents } from "@/lib/incidents/queries";
import { getIncident } from "@/lib/incidents/service";
import { visibleIncidentsWhere } from "@/lib/incidents/visibility";
import { findDecisions, findIncidentFacts, findIncidentFindings, findStatusObligations } from "@/lib/status/queries";
import { affectedByJurisdiction, findingsPerDay, nextDeadline, notified, obligationsByStatus, openDeadlines } from "@/lib/status/status";

/** Everything the exec status view of one incident shows. 404 (AppError) for an incident the actor may not see. */
export async function getIncidentStatus(actor: TActor, incidentId: string, now = new Date()) {
  assertCan(actor, "report.read");
  const incident = await getIncident(actor, incidentId);
  const [obligations, facts, findings, decisions] = await Promise.all([
    findStatusObligations([incident.id]),
    findIncidentFacts(incident.id),
    findIncidentFindings(incident.id),
    findDecisions(incident.id),
  ]);
  const live = obligations.filter((o) => o.retiredAt === null);
  return {
    incident,
    now,
    next: nextDeadline(live),
    deadlines: openDeadlines(live),
    byStatus: obligationsByStatus(live, now),
    notified: notified(live),
    // Decisions awaiting someone: whether a rule applies is undetermined (a fact or a judgement is missing), or an
    // open deadline has nobody owning it.
    awaiting: [
      ...live.filter((o) => o.applies === "undetermined").map((o) => ({ id: o.id, what: `Does ${o.ruleId} (${o.recipient}) apply?`, why: o.reason || "A fact is missing." })),
      ...openDeadlines(live).filter((o) => o.owner === null).map((o) => ({ id: `${o.id}-owner`, what: `Who owns ${o.ruleId} (${o.recipient})?`, why: "This deadline has no owner." })),
    ],
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
  const obligations = await findStatusObligations(incidents.map((i) => i.id));
  const live = obligations.filter((o) => o.retiredAt === null);
  const rows = incidents.map((incident) => {
    const own = live.filter((o) => o.incidentId === incident.id);
    return { incident, next: nextDeadline(own), byStatus: obligationsByStatus(own, now), notifiedCount: notified(own).length };
  });
  rows.sort((a, b) => (a.next?.dueAt?.getTime() ?? Infinity) - (b.next?.dueAt?.getTime() ?? Infinity));
  return { now, rows, byStatus: obligationsByStatus(live, now) };
}
