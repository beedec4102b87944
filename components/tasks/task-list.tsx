"use client";

import { useState } from "react";
import { TaskFields, type TPerson, type TTaskDraft } from "@/components/tasks/task-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Instant } from "@/components/ui/instant";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { fromDateTimeLocal, toDateTimeLocal } from "@/lib/client/datetime-local";
import { TASK_ROLE_LABELS, TASK_STATUS_LABELS, type TTaskRole, type TTaskStatus } from "@/lib/tasks/schemas";

export type TTaskView = {
  id: string;
  title: string;
  role: string;
  status: TTaskStatus;
  dueAt: string | null;
  version: number;
  playbookId: string | null;
  owner: TPerson | null;
  overdue: boolean;
};

function StatusText({ task }: { task: TTaskView }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span>{TASK_STATUS_LABELS[task.status]}</span>
      {task.overdue ? (
        <span className="inline-flex items-center gap-1 rounded border border-red-700 bg-red-50 px-2 py-0.5 text-xs font-bold text-red-900">
          <span aria-hidden="true">⚠</span>Overdue
        </span>
      ) : null}
    </span>
  );
}

function TaskEditor({ incidentId, task, owners, onDone }: { incidentId: string; task: TTaskView; owners: TPerson[]; onDone: () => void }) {
  const [draft, setDraft] = useState<TTaskDraft>({
    title: task.title,
    role: task.role as TTaskRole,
    ownerId: task.owner?.id ?? "",
    dueLocal: toDateTimeLocal(task.dueAt),
    status: task.status,
  });
  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch(routes.incident(incidentId).task(task.id), {
        method: "PATCH",
        body: {
          expectedVersion: task.version,
          title: draft.title,
          role: draft.role,
          ownerId: draft.ownerId || null,
          dueAt: fromDateTimeLocal(draft.dueLocal),
          status: draft.status,
        },
      }),
    onSuccess: onDone,
    // A lost race: show the task as it now is; the message says what happened.
    refreshOnConflict: true,
  });
  const errors = mutation.fieldErrors;
  return (
    <form onSubmit={mutation.submit} noValidate aria-label={`Edit task “${task.title}”`} className="flex flex-col gap-3"
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone();
      }}
    >
      <TaskFields draft={draft} onChange={setDraft} owners={owners} errors={errors} withStatus />
      <div className="flex gap-2">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : "Save task"}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
      {mutation.error ? (
        <Alert tone="error" title="Task not saved">
          {mutation.error.message}
        </Alert>
      ) : null}
    </form>
  );
}

/** An incident's tasks; overdue ones say so in words. Editing is inline (Escape cancels). */
export function TaskList({ incidentId, tasks, owners }: { incidentId: string; tasks: TTaskView[]; owners: TPerson[] | null }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <ul className="flex flex-col gap-2" aria-label="Tasks">
      {tasks.map((task) => (
        <li
          key={task.id}
          className={`rounded-md border bg-white p-4 ${task.overdue ? "border-l-4 border-red-700" : "border-slate-200"}`}
        >
          {editing === task.id && owners ? (
            <TaskEditor incidentId={incidentId} task={task} owners={owners} onDone={() => setEditing(null)} />
          ) : (
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <p className={`font-semibold break-words ${task.status === "done" || task.status === "cancelled" ? "text-slate-600 line-through" : "text-slate-900"}`}>
                  {task.title}
                </p>
                <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
                  <div className="flex gap-1"><dt className="font-semibold">Status</dt><dd><StatusText task={task} /></dd></div>
                  <div className="flex gap-1"><dt className="font-semibold">Role</dt><dd>{TASK_ROLE_LABELS[task.role as TTaskRole] ?? task.role}</dd></div>
                  <div className="flex gap-1"><dt className="font-semibold">Owner</dt><dd>{task.owner?.name ?? "Nobody yet"}</dd></div>
                  <div className="flex gap-1"><dt className="font-semibold">Due</dt><dd>{task.dueAt ? <Instant value={task.dueAt} /> : "No due time"}</dd></div>
                  {task.playbookId ? <div className="flex gap-1"><dt className="font-semibold">From playbook</dt><dd>{task.playbookId}</dd></div> : null}
                </dl>
              </div>
              {owners ? (
                <Button variant="secondary" onClick={() => setEditing(task.id)} aria-label={`Edit task “${task.title}”`}>
                  Edit
                </Button>
              ) : null}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
