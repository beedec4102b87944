import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { NextStepsPanel } from "@/components/next-steps/next-steps-panel";
import { CreateTaskForm } from "@/components/tasks/create-task-form";
import { PlaybookPanel } from "@/components/tasks/playbook-panel";
import { TaskList } from "@/components/tasks/task-list";
import { Alert } from "@/components/ui/alert";
import { can, whoCan } from "@/lib/auth/policy";
import { loadIncidentForPage } from "@/lib/incidents/page-incident";
import { listPlaybooksForIncident } from "@/lib/playbooks/service";
import { TASK_FILTERS, ZTaskListQuery, type TTaskFilter } from "@/lib/tasks/schemas";
import { listTaskOwners, listTasks } from "@/lib/tasks/service";
import { listTicketConnections } from "@/lib/task-tickets/service";
import { isOverdue } from "@/lib/tasks/status";
import { routes } from "@/lib/client/routes";

export const metadata: Metadata = { title: "Tasks" };

const FILTER_LABELS: Record<TTaskFilter, string> = { mine: "Mine", open: "Open", overdue: "Overdue" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

export default async function TasksPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: TSearch }) {
  const { actor, incident } = await loadIncidentForPage(params);
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => v !== undefined && v !== ""));
  const parsedQuery = ZTaskListQuery.safeParse(raw);
  const filter = parsedQuery.success ? (parsedQuery.data.filter ?? []) : [];
  const now = new Date();
  const [tasks, owners, playbooks, ticketConnections] = await Promise.all([
    listTasks(actor, incident.id, { filter }, now),
    can(actor, "task.manage") ? listTaskOwners(actor, incident.id) : null,
    listPlaybooksForIncident(actor, incident.id),
    listTicketConnections(actor),
  ]);
  const overdueCount = tasks.filter((t) => isOverdue(t, now)).length;

  return (
    <>
      <NextStepsPanel actor={actor} incidentId={incident.id} compact />
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-xl font-bold">Tasks</h2>
          <LiveUpdates url={routes.incident(incident.id).events(incident.lastSequence)} eventName="timeline" />
        </div>
      </div>
      {owners ? (
        <CreateTaskForm incidentId={incident.id} owners={owners} />
      ) : (
        <p className="mb-4 text-sm text-slate-700">{whoCan("task.manage")}</p>
      )}
      <PlaybookPanel
        incidentId={incident.id}
        canApply={can(actor, "playbook.apply")}
        offers={playbooks.map((p) => ({
          id: p.playbook.id,
          title: p.playbook.title,
          description: p.playbook.description,
          version: p.playbook.version,
          items: p.playbook.tasks.map((t) => t.title),
          matchedFindings: p.matchedFindings,
          appliedItems: p.appliedItems,
        }))}
      />
      <section aria-labelledby="task-list">
        <h2 id="task-list" className="mb-2 text-xl font-bold">Checklist</h2>
        {!parsedQuery.success ? (
          <Alert tone="error" title="Some filters were not understood">The list below is unfiltered. Choose the filters again.</Alert>
        ) : null}
        <form method="get" className="mb-3 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-3">
          <fieldset>
            <legend className="text-sm font-semibold text-slate-800">Show only</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {TASK_FILTERS.map((value) => (
                <label key={value} className="flex items-center gap-1 text-sm">
                  <input type="checkbox" name="filter" value={value} defaultChecked={filter.includes(value)} className="size-4" />
                  {FILTER_LABELS[value]}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="min-h-10 rounded-md border border-slate-400 bg-white px-4 text-sm font-semibold hover:bg-slate-100">
            Apply filters
          </button>
          <IntentLink href={`/incidents/${incident.id}/tasks`} className="inline-flex min-h-10 items-center px-2 text-sm font-semibold text-blue-800 underline">
            Clear
          </IntentLink>
        </form>
        <p className="mb-2 text-sm text-slate-700" role="status">
          {tasks.length} task(s) shown{overdueCount > 0 ? `, ${overdueCount} overdue` : ""}.
        </p>
        {tasks.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
            <p className="font-semibold">{filter.length > 0 ? "No task matches these filters" : "No tasks yet"}</p>
            <p className="mt-1 text-slate-700">
              {filter.length > 0 ? "Clear or change the filters to see more." : "Add a task above, or apply a playbook to start from a checklist."}
            </p>
          </div>
        ) : (
          <TaskList
            incidentId={incident.id}
            owners={owners}
            ticketConnections={ticketConnections}
            tasks={tasks.map((t) => ({
              id: t.id,
              title: t.title,
              role: t.role,
              status: t.status,
              dueAt: t.dueAt?.toISOString() ?? null,
              version: t.version,
              playbookId: t.playbookId,
              owner: t.owner,
              overdue: isOverdue(t, now),
              ticket: t.ticketConnectionId ? { key: t.ticketKey, url: t.ticketUrl } : null,
            }))}
          />
        )}
      </section>
    </>
  );
}
