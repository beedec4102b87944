import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isOpenTask, OPEN_TASK_STATUSES } from "@/lib/tasks/status";
import type { TTaskFilter } from "@/lib/tasks/schemas";

export const taskSelect = {
  id: true,
  incidentId: true,
  title: true,
  role: true,
  dueAt: true,
  status: true,
  version: true,
  playbookId: true,
  ticketConnectionId: true,
  ticketKey: true,
  ticketUrl: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
} as const;

export type TTaskRow = Prisma.TaskGetPayload<{ select: typeof taskSelect }>;

/** An incident's tasks: open ones first by due time (undated last), then finished ones. */
export async function findTasks(
  incidentId: string,
  filters: { filter: readonly TTaskFilter[]; viewerId: string | null; now: Date },
  db: TDbClient = prisma,
): Promise<TTaskRow[]> {
  const where: Prisma.TaskWhereInput[] = [{ incidentId }];
  if (filters.filter.includes("mine")) {
    // A token has no tasks of its own; "mine" then matches nothing rather than everything.
    where.push(filters.viewerId ? { ownerId: filters.viewerId } : { id: { in: [] } });
  }
  if (filters.filter.includes("open") || filters.filter.includes("overdue")) {
    where.push({ status: { in: [...OPEN_TASK_STATUSES] } });
  }
  if (filters.filter.includes("overdue")) where.push({ dueAt: { lt: filters.now } });
  const rows = await db.task.findMany({
    where: { AND: where },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: taskSelect,
  });
  return [...rows.filter((r) => isOpenTask(r.status)), ...rows.filter((r) => !isOpenTask(r.status))];
}

export function findTask(incidentId: string, taskId: string, db: TDbClient = prisma) {
  return db.task.findFirst({ where: { id: taskId, incidentId }, select: taskSelect });
}

/** The open tasks of some incidents (oldest first), for the close guard and the dashboard. */
export function findOpenTaskTitles(incidentIds: readonly string[], db: TDbClient = prisma) {
  return db.task.findMany({
    where: { incidentId: { in: [...incidentIds] }, status: { in: [...OPEN_TASK_STATUSES] } },
    orderBy: { createdAt: "asc" },
    select: { incidentId: true, title: true },
  });
}

/** Who owns each open task of an incident, and when it is due: enough to say "2 open tasks are yours, 1 overdue". */
export function findOpenTaskAssignments(incidentId: string, db: TDbClient = prisma) {
  return db.task.findMany({
    where: { incidentId, status: { in: [...OPEN_TASK_STATUSES] } },
    select: { ownerId: true, dueAt: true },
  });
}
