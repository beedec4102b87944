import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLES, type TRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { usersWhoSeeIncidentWhere } from "@/lib/auth/incident-access";
import { ineligibility, type TIneligibility } from "@/lib/users/eligibility";
import { findEligibleUsers } from "@/lib/users/queries";

/**
 * The one rule for handing someone work on an incident (a task, an obligation, a decision, custody of evidence):
 * an active user holding one of the job's roles (`ineligibility`) who may see the incident — on a need-to-know
 * incident its commander, a member or an administrator (`usersWhoSeeIncidentWhere`). Pickers list exactly the
 * users `requireAssignee` accepts, so nobody is handed work about an incident they cannot open.
 */
export type TAssignmentIncident = { id: string; restricted: boolean };

export const CANNOT_SEE_INCIDENT = "must be someone who can see this need-to-know incident: its commander, a member or an administrator";

/** The people a picker offers for a job on this incident, by name. */
export function listAssignees<TSelect extends Prisma.UserSelect>(incident: TAssignmentIncident, roles: readonly TRole[], select: TSelect, db: TDbClient = prisma) {
  return findEligibleUsers(roles, select, db, usersWhoSeeIncidentWhere(incident));
}

/** True when this user may see the incident (everyone, unless it is need-to-know). */
export async function canSeeIncident(db: TDbClient, incident: TAssignmentIncident, userId: string): Promise<boolean> {
  if (!incident.restricted) return true;
  return (await db.user.count({ where: { AND: [{ id: userId }, usersWhoSeeIncidentWhere(incident)] } })) === 1;
}

/** The user, if the picker would offer them for this job; otherwise a 400 naming `field` with a plain reason. */
export async function requireAssignee(
  db: TDbClient,
  incident: TAssignmentIncident,
  userId: string,
  job: { field: string; roles: readonly TRole[] },
): Promise<{ id: string; name: string }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, active: true, roles: true } });
  const refusal = ineligibility(user, job.roles);
  if (refusal || !user) throw refused(job.field, ineligibilityReason(refusal ?? "unknown_user", job.roles));
  if (!(await canSeeIncident(db, incident, user.id))) throw refused(job.field, CANNOT_SEE_INCIDENT);
  return { id: user.id, name: user.name };
}

function ineligibilityReason(refusal: TIneligibility, roles: readonly TRole[]): string {
  if (refusal !== "no_eligible_role") return "must be an active user";
  if (ROLES.every((role) => roles.includes(role))) return "must hold a role";
  const list = roles.length > 1 ? `${roles.slice(0, -1).join(", ")} or ${roles.at(-1)}` : roles[0];
  return `must hold the ${list} role`;
}

function refused(field: string, reason: string): AppError {
  return AppError.badRequest(`The person chosen ${reason}.`, [{ name: field, reason }]);
}
