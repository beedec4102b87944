import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { findActiveIncidents } from "@/lib/incidents/queries";
import { collectOpenWorkByIncident } from "@/lib/open-work/collect";

/** The commander's dashboard: active incidents with their open work (tasks, obligations, notices awaiting a decision). */
export async function listActiveIncidents(actor: TActor) {
  assertCan(actor, "incident.read");
  const incidents = await findActiveIncidents(visibleIncidentsWhere(actor));
  const openWork = await collectOpenWorkByIncident(prisma, incidents.map((incident) => incident.id));
  return incidents.map((incident) => ({ ...incident, openWork: openWork.get(incident.id)! }));
}
