import type { TTaskStatus } from "@/lib/tasks/schemas";

/** Open work: what keeps an incident from closing. */
export const OPEN_TASK_STATUSES = ["open", "in_progress"] as const satisfies readonly TTaskStatus[];

export function isOpenTask(status: TTaskStatus): boolean {
  return (OPEN_TASK_STATUSES as readonly TTaskStatus[]).includes(status);
}

/** Overdue: still open and its due instant has passed. A task without a due time is never overdue. */
export function isOverdue(task: { status: TTaskStatus; dueAt: Date | string | null }, now: Date): boolean {
  if (!task.dueAt || !isOpenTask(task.status)) return false;
  return new Date(task.dueAt).getTime() < now.getTime();
}

type TTaskSnapshot = {
  title: string;
  role: string;
  status: TTaskStatus;
  dueAt: Date | null;
  owner: { id: string; name: string } | null;
};

export type TTaskChange = { field: string; from: string | null; to: string | null };

/** The fields that differ between two states of a task, old → new, as the timeline records them. */
export function taskChanges(before: TTaskSnapshot, after: TTaskSnapshot): TTaskChange[] {
  const changes: TTaskChange[] = [];
  const push = (field: string, from: string | null, to: string | null) => {
    if (from !== to) changes.push({ field, from, to });
  };
  push("title", before.title, after.title);
  push("role", before.role, after.role);
  push("status", before.status, after.status);
  push("dueAt", before.dueAt?.toISOString() ?? null, after.dueAt?.toISOString() ?? null);
  if ((before.owner?.id ?? null) !== (after.owner?.id ?? null)) {
    changes.push({ field: "owner", from: before.owner?.name ?? null, to: after.owner?.name ?? null });
  }
  return changes;
}
