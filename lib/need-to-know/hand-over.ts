import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeCustodian } from "@/lib/evidence/custody";
import { evidenceSelect } from "@/lib/evidence/queries";
import { usersWhoSeeIncidentWhere } from "@/lib/auth/incident-access";
import { writeObligationOwner } from "@/lib/obligations/owners";
import { taskSelect } from "@/lib/tasks/queries";
import { reassignTask } from "@/lib/tasks/reassign";
import { OPEN_TASK_STATUSES } from "@/lib/tasks/status";
import type { TTimelineActor } from "@/lib/timeline/append";

/** Where evidence goes when the commander cannot take it (deactivated): nobody in the console holds it. */
export const UNASSIGNED_CUSTODIAN = "Unassigned (its holder lost access)";

/**
 * When people lose sight of a need-to-know incident (removed as members, the incident made need-to-know, an
 * administrator role taken away), the work they still hold on it goes to its commander, in the transaction of that
 * change and each hand-over on the timeline: open obligations and open tasks they own, and evidence they hold.
 * Taking access away is never refused for it — removing a suspected insider must not wait on a hand-over — and
 * nothing of the incident stays with someone who can no longer open it (reminders, "my tasks", custody).
 * A deactivated commander takes nothing: the work is left unowned (evidence held by UNASSIGNED_CUSTODIAN).
 * Finished work (met obligations, done tasks, deleted evidence) keeps its owner: that is history. Decisions are
 * timeline events, never reassigned. Returns how many items changed hands.
 */
export async function handOverWorkOfThoseWhoCannotSee(tx: Prisma.TransactionClient, incidentId: string, actor: TTimelineActor): Promise<number> {
  const incident = await tx.incident.findUnique({
    where: { id: incidentId },
    select: { id: true, restricted: true, commander: { select: { id: true, name: true, active: true } } },
  });
  if (!incident?.restricted) return 0;
  const cannotSee: Prisma.UserWhereInput = { NOT: usersWhoSeeIncidentWhere(incident) };
  const heir = incident.commander.active ? { id: incident.commander.id, name: incident.commander.name } : null;
  const reason = (holder: string) => `${holder} can no longer see this need-to-know incident; it goes to its commander`;

  const obligations = await tx.obligation.findMany({
    where: { incidentId, metAt: null, owner: { is: cannotSee } },
    orderBy: { id: "asc" },
    select: { id: true, ruleId: true, recipient: true, version: true, owner: { select: { id: true, name: true } } },
  });
  for (const obligation of obligations) await writeObligationOwner(tx, actor, incidentId, obligation, heir);

  const tasks = await tx.task.findMany({
    where: { incidentId, status: { in: [...OPEN_TASK_STATUSES] }, owner: { is: cannotSee } },
    orderBy: { id: "asc" },
    select: taskSelect,
  });
  for (const task of tasks) await reassignTask(tx, actor, task, heir);

  const items = await tx.evidence.findMany({
    where: { incidentId, deletedAt: null, custodian: { is: cannotSee } },
    orderBy: { id: "asc" },
    select: evidenceSelect,
  });
  const to = heir ? { id: heir.id, label: heir.name } : { id: null, label: UNASSIGNED_CUSTODIAN };
  for (const item of items) await changeCustodian(tx, actor, item, item.version, to, "handed_over", reason(item.custodianLabel));

  return obligations.length + tasks.length + items.length;
}

/** The need-to-know incidents on which this user still holds open work (to hand over when their sight changes). */
export async function incidentsWhereUserHoldsWork(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const incidents = await tx.incident.findMany({
    where: {
      restricted: true,
      OR: [
        { obligations: { some: { ownerId: userId, metAt: null } } },
        { tasks: { some: { ownerId: userId, status: { in: [...OPEN_TASK_STATUSES] } } } },
        { evidence: { some: { custodianId: userId, deletedAt: null } } },
      ],
    },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return incidents.map((incident) => incident.id);
}
