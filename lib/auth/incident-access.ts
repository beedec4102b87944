import type { TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/auth/policy";
import type { SqlParams } from "@/lib/db/sql";
import { AppError } from "@/lib/errors/app-error";

/**
 * The relation checks beside the role table (lib/auth/policy.ts): who may see an incident, and who leads it.
 * Every read path filters with the same visibility rule; every "this incident's commander or an administrator"
 * decision asks isIncidentLead.
 */

/** The incident fields the lead rules read. */
export type TLedIncident = { commanderId: string };

/** True when the actor is this incident's commander (a signed-in user, never an API token). */
export function isIncidentCommander(actor: TActor, incident: TLedIncident): boolean {
  return actor.kind === "user" && actor.id === incident.commanderId;
}

/** True when the actor leads this incident: its commander, or an administrator. */
export function isIncidentLead(actor: TActor, incident: TLedIncident): boolean {
  return isIncidentCommander(actor, incident) || actor.roles.includes("admin");
}

/**
 * Which incidents an actor may see, as a Prisma filter applied by every read path (list, page, API, timeline,
 * verify, writes). A restricted (need-to-know) incident is visible only to administrators, its commander and
 * its members; anyone else gets the same 404 as for an incident that does not exist.
 */
export function visibleIncidentsWhere(actor: TActor): Prisma.IncidentWhereInput {
  if (actor.roles.includes("admin")) return {};
  if (actor.kind !== "user") return { restricted: false };
  return { OR: [{ restricted: false }, { commanderId: actor.id }, { members: { some: { userId: actor.id } } }] };
}

/**
 * The same rule as visibleIncidentsWhere, as an SQL condition on the incidents row aliased `alias`, for the read
 * paths written in SQL (lib/incidents/read-queries.ts). Kept next to the Prisma form so both change together;
 * visibility.integration.test.ts proves they select the same incidents for every kind of actor.
 */
export function visibleIncidentsSql(actor: TActor, alias: string, params: SqlParams): string {
  if (actor.roles.includes("admin")) return "TRUE";
  if (actor.kind !== "user") return `NOT ${alias}.restricted`;
  const userId = params.add(actor.id);
  return `(NOT ${alias}.restricted OR ${alias}.commander_id = ${userId}::uuid OR EXISTS (SELECT 1 FROM incident_members vm WHERE vm.incident_id = ${alias}.id AND vm.user_id = ${userId}::uuid))`;
}

/**
 * Everything about the actor that the two filters above depend on: actors with the same key see the same
 * incidents, so the live streams may share one visibility check among them (lib/live/shared-reads.ts).
 */
export function visibilityKey(actor: TActor): string {
  if (actor.roles.includes("admin")) return "admin";
  if (actor.kind !== "user") return "unrestricted-only";
  return `user:${actor.id}`;
}

/**
 * The same rule seen from the incident's side: the users who may see this one incident (administrators, its
 * commander, its members; everyone when it is not need-to-know). For people the console hands work or mail about
 * the incident (obligation owners, reminder recipients), so they are never told about an incident they cannot open.
 * Pinned to agree with visibleIncidentsWhere by need-to-know-side-doors.integration.test.ts.
 */
export function usersWhoSeeIncidentWhere(incident: { id: string; restricted: boolean }): Prisma.UserWhereInput {
  if (!incident.restricted) return {};
  return {
    OR: [
      { roles: { has: "admin" } },
      { incidentsCommanded: { some: { id: incident.id } } },
      { incidentMembers: { some: { incidentId: incident.id } } },
    ],
  };
}

/**
 * The incident a child record (task, evidence…) hangs off, if the actor may see it; otherwise the same 404 as
 * for an incident that does not exist. Domains call this before reading or writing anything scoped to it.
 */
export async function requireVisibleIncident(db: TDbClient, actor: TActor, incidentId: string) {
  const incident = await db.incident.findFirst({
    where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] },
    select: { id: true, status: true, title: true, exercise: true, restricted: true },
  });
  if (!incident) throw AppError.notFound("The incident");
  return incident;
}
