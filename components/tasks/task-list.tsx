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
  /** The external ticket: requested (no key yet) or created (key and link). */
  ticket: { key: string | null; url: string | null } | null;
};

export type TTicketConnection = { id: string; name: string; kind: string };

/** Only http(s) links are rendered as links (the URL is built from the connection's base URL, but never trusted). */
function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function TicketText({ ticket }: { ticket: NonNullable<TTaskView["ticket"]> }) {
  if (!ticket.key) return <span>Requested, waiting for the service</span>;
  const href = safeHref(ticket.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" className="font-semibold text-blue-800 underline">
      {ticket.key}
    </a>
  ) : (
    <span>{ticket.key}</span>
  );
}

function SendToTicket({ incidentId, task, connections }: { incidentId: string; task: TTaskView; connections: TTicketConnection[] }) {
  const mutation = useApiMutation({
    mutationFn: (connectionId: string) => apiFetch(routes.incident(incidentId).taskTicket(task.id), { method: "POST", body: { connectionId } }),
  });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {connections.map((connection) => (
        <Button key={connection.id} variant="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate(connection.id)} aria-label={`Send task “${task.title}” to ${connection.name}`}>
          {mutation.isPending ? "Sending…" : `Send to ${connection.name}`}
        </Button>
      ))}
      {mutation.error ? <span className="text-sm text-red-800">{mutation.error.message}</span> : null}
    </div>
  );
}

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
export function TaskList({ incidentId, tasks, owners, ticketConnections = [] }: { incidentId: string; tasks: TTaskView[]; owners: TPerson[] | null; ticketConnections?: TTicketConnection[] }) {
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
                  {task.ticket ? <div className="flex gap-1"><dt className="font-semibold">Ticket</dt><dd><TicketText ticket={task.ticket} /></dd></div> : null}
                </dl>
                {!task.ticket && owners && ticketConnections.length > 0 ? <div className="mt-2"><SendToTicket incidentId={incidentId} task={task} connections={ticketConnections} /></div> : null}
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
