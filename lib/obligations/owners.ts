import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { usersWhoSeeIncidentWhere } from "@/lib/incidents/visibility";
import type { TTimelineActor } from "@/lib/timeline/append";
import { appendTimelineEvent } from "@/lib/timeline/append";

type TOwnerRef = { id: string; name: string } | null;
type TOwnedObligation = { id: string; ruleId: string; recipient: string; version: number; owner: TOwnerRef };

/**
 * The one write of an obligation's owner: conditional on the version read (409 when it moved), with its history row
 * and its timeline event, in the caller's transaction.
 */
export async function writeObligationOwner(
  tx: Prisma.TransactionClient,
  actor: TTimelineActor,
  incidentId: string,
  obligation: TOwnedObligation,
  owner: TOwnerRef,
) {
  const written = await tx.obligation.updateMany({
    where: { id: obligation.id, version: obligation.version },
    data: { ownerId: owner?.id ?? null, version: { increment: 1 } },
  });
  if (written.count !== 1) throw AppError.conflict("This obligation changed meanwhile; reload it and try again.");
  await tx.obligationChange.create({
    data: { obligationId: obligation.id, change: "owner", before: { owner: obligation.owner }, after: { owner } },
  });
  await appendTimelineEvent(tx, {
    incidentId,
    kind: "obligation.owner-changed",
    actor,
    payload: { obligationId: obligation.id, ruleId: obligation.ruleId, recipient: obligation.recipient, from: obligation.owner, to: owner },
  });
}

/** True when this user may see the incident, so may own its obligations (need-to-know incidents: members only). */
export async function mayOwnObligationsOf(tx: Prisma.TransactionClient, incidentId: string, userId: string): Promise<boolean> {
  const incident = await tx.incident.findUnique({ where: { id: incidentId }, select: { id: true, restricted: true } });
  if (!incident) return false;
  return (await tx.user.count({ where: { AND: [{ id: userId }, usersWhoSeeIncidentWhere(incident)] } })) === 1;
}

/**
 * Clears the owner of each open obligation of the incident whose owner may no longer see it (removed from a
 * need-to-know incident, the incident made need-to-know, an administrator role taken away). Called in the
 * transaction of that change, so an owner never keeps an incident's reminders after losing sight of it.
 */
export async function releaseOwnersWhoCannotSee(tx: Prisma.TransactionClient, incidentId: string, actor: TTimelineActor): Promise<number> {
  const incident = await tx.incident.findUnique({ where: { id: incidentId }, select: { id: true, restricted: true } });
  if (!incident?.restricted) return 0;
  const stranded = await tx.obligation.findMany({
    where: { incidentId, metAt: null, ownerId: { not: null }, owner: { is: { NOT: usersWhoSeeIncidentWhere(incident) } } },
    orderBy: { id: "asc" },
    select: { id: true, ruleId: true, recipient: true, version: true, owner: { select: { id: true, name: true } } },
  });
  for (const obligation of stranded) await writeObligationOwner(tx, actor, incidentId, obligation, null);
  return stranded.length;
}
