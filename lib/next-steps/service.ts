import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { TStoredFacts } from "@/lib/incident-facts/schemas";
import { nextSteps, type TNextSteps } from "@/lib/next-steps/next-steps";
import { findIncidentCoverage } from "@/lib/obligations/coverage";
import { listPlaybooksForIncident } from "@/lib/playbooks/service";
import { loadDecisionStates } from "@/lib/status/decision-queries";
import { findDeclarations, findIncidentFacts } from "@/lib/status/queries";
import { findOpenTaskAssignments } from "@/lib/tasks/queries";

/** The next steps on one incident for this actor (404, as everywhere, for an incident they may not see). */
export async function getNextSteps(actor: TActor, incidentId: string, now = new Date()): Promise<TNextSteps> {
  assertCan(actor, "incident.read");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  const [states, coverage, facts, declarations, openTasks, playbooks] = await Promise.all([
    loadDecisionStates(actor, [incident.id]),
    findIncidentCoverage(incident.id),
    findIncidentFacts(incident.id),
    findDeclarations(incident.id),
    findOpenTaskAssignments(incident.id),
    listPlaybooksForIncident(actor, incident.id),
  ]);
  const stored = facts?.facts as TStoredFacts | undefined;
  return nextSteps(
    {
      incident: { id: incident.id, status: incident.status },
      decisions: states.get(incident.id) ?? { incidentId: incident.id, obligations: [], notices: [] },
      coverage: coverage.coverage,
      facts: { saved: Boolean(facts), personalData: stored?.incident.personalData ?? "unknown", affectedPlaces: stored?.affected.length ?? 0 },
      moments: declarations.filter((d) => d.supersededBy === null).map((d) => ({ moment: d.moment, at: d.at })),
      openTasks,
      suggestedPlaybooks: playbooks.map((p) => ({ id: p.playbook.id, title: p.playbook.title, matchedFindings: p.matchedFindings, appliedItems: p.appliedItems })),
    },
    actor,
    now,
  );
}
