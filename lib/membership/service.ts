import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { isIncidentLead, visibleIncidentsWhere } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { ZSetMemberInput, ZSetRestrictedInput, type TSetMemberInput, type TSetRestrictedInput } from "@/lib/incidents/schemas";
import { handOverWorkOfThoseWhoCannotSee } from "@/lib/need-to-know/hand-over";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findEligibleUsers } from "@/lib/users/queries";

/**
 * Who works on an incident and who may see it: its members and their roles, and whether it is need-to-know. Only
 * the incident's lead (its commander or an administrator) changes them; whoever loses sight of it hands their open
 * work to the commander in the same transaction (lib/need-to-know/hand-over.ts).
 */

/** Loads a visible incident for a membership change, which needs its commander or an administrator. */
async function lockForMembership(tx: Prisma.TransactionClient, actor: TActor, incidentId: string) {
  assertCan(actor, "incident.members.manage");
  const incident = await tx.incident.findFirst({
    where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] },
    select: { id: true, commanderId: true, restricted: true },
  });
  if (!incident) throw AppError.notFound("The incident");
  if (!isIncidentLead(actor, incident)) {
    throw AppError.forbidden("Only this incident's commander or an administrator can change who works on it.");
  }
  return incident;
}

/** Gives a user a role on the incident (legal lead, comms lead, engineering lead or participant). */
export async function setIncidentMember(actor: TActor, incidentId: string, input: TSetMemberInput) {
  const data = ZSetMemberInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await lockForMembership(tx, actor, incidentId);
    const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, name: true, active: true } });
    if (!user || !user.active) {
      throw AppError.badRequest("The member must be an active user.", [{ name: "userId", reason: "must be an active user" }]);
    }
    const previous = await tx.incidentMember.findUnique({
      where: { incidentId_userId: { incidentId, userId: user.id } },
      select: { role: true },
    });
    if (previous?.role === data.role) return { userId: user.id, role: data.role, changed: false };
    await tx.incidentMember.upsert({
      where: { incidentId_userId: { incidentId, userId: user.id } },
      create: { incidentId, userId: user.id, role: data.role },
      update: { role: data.role },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "member.assigned",
      actor,
      payload: { user: { id: user.id, name: user.name }, role: data.role, previousRole: previous?.role ?? null },
    });
    return { userId: user.id, role: data.role, changed: true };
  });
}

export async function removeIncidentMember(actor: TActor, incidentId: string, userId: string) {
  return prisma.$transaction(async (tx) => {
    await lockForMembership(tx, actor, incidentId);
    const member = await tx.incidentMember.findUnique({
      where: { incidentId_userId: { incidentId, userId } },
      select: { role: true, user: { select: { id: true, name: true } } },
    });
    if (!member) throw AppError.notFound("The member");
    await tx.incidentMember.delete({ where: { incidentId_userId: { incidentId, userId } } });
    await appendTimelineEvent(tx, { incidentId, kind: "member.removed", actor, payload: { user: member.user, role: member.role } });
    await handOverWorkOfThoseWhoCannotSee(tx, incidentId, actor);
    return { removed: true };
  });
}

/** Marks an incident need-to-know (visible only to its commander, members and administrators), or lifts it. */
export async function setIncidentRestricted(actor: TActor, incidentId: string, input: TSetRestrictedInput) {
  const data = ZSetRestrictedInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const incident = await lockForMembership(tx, actor, incidentId);
    if (incident.restricted === data.restricted) return { restricted: data.restricted, changed: false };
    const written = await tx.incident.updateMany({
      where: { id: incidentId, restricted: incident.restricted },
      data: { restricted: data.restricted, version: { increment: 1 } },
    });
    if (written.count !== 1) throw AppError.conflict("Someone else changed this incident meanwhile. Reload and try again.");
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "incident.restriction-changed",
      actor,
      payload: { restricted: data.restricted, reason: data.reason },
    });
    await handOverWorkOfThoseWhoCannotSee(tx, incidentId, actor);
    return { restricted: data.restricted, changed: true };
  });
}

/** Active users who can be given a role on an incident. */
export async function listMemberCandidates(actor: TActor) {
  assertCan(actor, "incident.members.manage");
  return findEligibleUsers(ROLES, { id: true, name: true, email: true });
}
