import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { TTaskRow } from "@/lib/tasks/queries";
import { taskChanges } from "@/lib/tasks/status";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";

/** A task's new owner (or none), written at the version read, with its "Task changed" event, in the caller's transaction. */
export async function reassignTask(tx: Prisma.TransactionClient, actor: TTimelineActor, task: TTaskRow, owner: { id: string; name: string } | null) {
  const written = await tx.task.updateMany({
    where: { id: task.id, incidentId: task.incidentId, version: task.version },
    data: { ownerId: owner?.id ?? null, version: { increment: 1 } },
  });
  if (written.count !== 1) throw AppError.conflict("A task of this incident changed meanwhile. Try again.");
  await appendTimelineEvent(tx, {
    incidentId: task.incidentId,
    kind: "task.updated",
    actor,
    payload: { task: { id: task.id, title: task.title }, changes: taskChanges(task, { ...task, owner }), version: task.version + 1 },
  });
}
