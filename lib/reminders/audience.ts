import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { usersWhoSeeIncidentWhere } from "@/lib/auth/incident-access";

/**
 * Who among `userIds` may be told about this incident now: active users who may see it. Asked when a reminder is
 * claimed (its console notifications) and again just before its e-mail leaves, so someone removed from a
 * need-to-know incident in between gets nothing.
 */
export async function reminderAudience(incidentId: string, userIds: readonly string[], db: TDbClient = prisma) {
  if (userIds.length === 0) return [];
  const incident = await db.incident.findUnique({ where: { id: incidentId }, select: { id: true, restricted: true } });
  if (!incident) return [];
  return db.user.findMany({
    where: { AND: [{ id: { in: [...userIds] } }, { active: true }, usersWhoSeeIncidentWhere(incident)] },
    select: { id: true, email: true },
    orderBy: { email: "asc" },
  });
}
