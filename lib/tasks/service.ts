import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { TASK_OWNER_ROLES, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findTask, findTasks, taskSelect } from "@/lib/tasks/queries";
import { taskChanges } from "@/lib/tasks/status";
import { listAssignees, requireAssignee, type TAssignmentIncident } from "@/lib/incidents/assignees";
import {
  ZCreateTaskInput,
  ZTaskListQuery,
  ZUpdateTaskInput,
  type TCreateTaskInput,
  type TTaskListQuery,
  type TUpdateTaskInput,
} from "@/lib/tasks/schemas";

export async function listTasks(actor: TActor, incidentId: string, query: Partial<TTaskListQuery> = {}, now = new Date()) {
  assertCan(actor, "task.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const { filter } = ZTaskListQuery.parse(query);
  return findTasks(incidentId, { filter: filter ?? [], viewerId: actor.kind === "user" ? actor.id : null, now });
}

/** The owner the picker would offer for this incident's tasks (or none); a 400 naming `ownerId` otherwise. */
function taskOwner(tx: Prisma.TransactionClient, incident: TAssignmentIncident, ownerId: string | null) {
  return ownerId === null ? null : requireAssignee(tx, incident, ownerId, { field: "ownerId", roles: TASK_OWNER_ROLES });
}

/** Adds a task and its "Task added" event in one transaction. */
export async function createTask(actor: TActor, incidentId: string, input: TCreateTaskInput) {
  assertCan(actor, "task.manage");
  const data = ZCreateTaskInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const incident = await requireVisibleIncident(tx, actor, incidentId);
    const owner = await taskOwner(tx, incident, data.ownerId);
    const task = await tx.task.create({
      data: {
        incidentId,
        title: data.title,
        role: data.role,
        ownerId: owner?.id ?? null,
        dueAt: data.dueAt ? new Date(data.dueAt) : null,
      },
      select: taskSelect,
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "task.created",
      actor,
      payload: {
        task: { id: task.id, title: task.title },
        owner,
        role: task.role,
        dueAt: task.dueAt?.toISOString() ?? null,
        status: task.status,
      },
    });
    return task;
  });
}

/**
 * Changes a task. Optimistic concurrency: the write is conditional on the version the caller saw, so of two
 * simultaneous edits one wins and the other gets 409 with the task as it now is. The event lists old → new.
 */
export async function updateTask(actor: TActor, incidentId: string, taskId: string, input: TUpdateTaskInput) {
  assertCan(actor, "task.manage");
  const data = ZUpdateTaskInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const incident = await requireVisibleIncident(tx, actor, incidentId);
    const before = await findTask(incidentId, taskId, tx);
    if (!before) throw AppError.notFound("The task");
    const stale = (current: typeof before) =>
      AppError.conflict("Someone else changed this task meanwhile. Review its current state and try again.", { current });
    if (before.version !== data.expectedVersion) throw stale(before);

    const owner = data.ownerId === undefined ? before.owner : await taskOwner(tx, incident, data.ownerId);
    const after = {
      title: data.title ?? before.title,
      role: data.role ?? before.role,
      status: data.status ?? before.status,
      dueAt: data.dueAt === undefined ? before.dueAt : data.dueAt === null ? null : new Date(data.dueAt),
      owner,
    };
    const changes = taskChanges(before, after);
    if (changes.length === 0) return { task: before, changed: false };

    const written = await tx.task.updateMany({
      where: { id: taskId, incidentId, version: data.expectedVersion },
      data: {
        title: after.title,
        role: after.role,
        status: after.status,
        dueAt: after.dueAt,
        ownerId: owner?.id ?? null,
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw stale((await findTask(incidentId, taskId, tx)) ?? before);
    const version = data.expectedVersion + 1;
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "task.updated",
      actor,
      payload: { task: { id: taskId, title: after.title }, changes, version },
    });
    return { task: (await findTask(incidentId, taskId, tx))!, changed: true };
  });
}

/** People a task of this incident can be given to (on a need-to-know incident, only those who may see it). */
export async function listTaskOwners(actor: TActor, incidentId: string) {
  assertCan(actor, "task.manage");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  return listAssignees(incident, TASK_OWNER_ROLES, { id: true, name: true });
}
