import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { incidentReference } from "@/lib/incidents/reference";
import { TriageBacklog } from "@/components/findings/triage-backlog";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { NextDeadline } from "@/components/obligations/next-deadline";
import { DecisionsSummary } from "@/components/status/decisions-summary";
import { DataTable } from "@/components/ui/data-table";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { triageBacklog } from "@/lib/findings/service";
import { listActiveIncidents } from "@/lib/open-work/dashboard";
import { getDecisionsAwaiting } from "@/lib/status/service";
import { routes } from "@/lib/client/routes";
import { reevaluationStates } from "@/lib/register-reevaluation/progress";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requireActor();
  const [incidents, backlog] = await Promise.all([listActiveIncidents(actor), triageBacklog(actor)]);
  const [awaiting, reevaluating] = await Promise.all([
    getDecisionsAwaiting(actor, incidents.map((incident) => incident.id)),
    reevaluationStates(incidents.map((incident) => incident.id)),
  ]);
  return (
    <>
      <PageHeader title="Active incidents" description="Every incident not yet closed, most severe first. Updates live." />
      {backlog ? <TriageBacklog backlog={backlog} /> : null}
      <div className="mb-3">
        <LiveUpdates url={routes.liveIncidents()} eventName="incident" />
      </div>
      {incidents.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">No active incidents</h2>
          <p className="mt-1 text-slate-700">Declared incidents appear here until they are closed.</p>
        </div>
      ) : (
        <DataTable
          caption="Active incidents, most severe first"
          columns={["Incident", "Severity", "Phase", { label: "Waiting for a decision", className: "hidden md:table-cell" }, "Open tasks", "Next deadline", "Commander", "Updated"]}
          density="roomy"
        >
          {incidents.map((incident) => (
            <tr key={incident.id}>
              <td>
                <IntentLink href={`/incidents/${incident.id}`} className="font-semibold text-blue-800 underline">
                  <span className="font-mono">{incidentReference(incident.reference)}</span> {incident.title}
                </IntentLink>
                {incident.restricted ? <span className="ml-2 text-xs font-semibold text-purple-900">(need-to-know)</span> : null}
                {/* On a phone the decisions column is hidden: what waits shows under the title instead. */}
                <div className="mt-2 md:hidden"><DecisionsSummary incidentId={incident.id} decisions={awaiting.get(incident.id) ?? []} shown={1} /></div>
              </td>
              <td><SeverityBadge severity={incident.severity} /></td>
              <td><StatusBadge status={incident.status} /></td>
              <td className="hidden md:table-cell"><DecisionsSummary incidentId={incident.id} decisions={awaiting.get(incident.id) ?? []} shown={2} /></td>
              <td className="tabular-nums">{incident.openWork.openTasks}</td>
              <td>
                {!incident.openWork.nextDeadline && (awaiting.get(incident.id) ?? []).some((d) => d.kind === "awaiting_trigger") ? (
                  <span className="text-sm font-semibold text-amber-900"><span aria-hidden="true">◷ </span>No clock running yet</span>
                ) : (
                  <NextDeadline next={incident.openWork.nextDeadline ?? null} />
                )}
                <ReevaluationNote state={reevaluating.get(incident.id)} />
              </td>
              <td>{incident.commander.name}</td>
              <td><Instant value={incident.updatedAt} /></td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

/** A deadline that may change: the incident's clocks wait for (or could not follow) the organisation profile change. */
function ReevaluationNote({ state }: { state: "pending" | "failed" | undefined }) {
  if (!state) return null;
  return state === "pending" ? (
    <p className="mt-1 text-sm font-semibold text-amber-900"><span aria-hidden="true">↻ </span>Being re-evaluated after the profile change</p>
  ) : (
    <p className="mt-1 text-sm font-semibold text-red-800"><span aria-hidden="true">⚠ </span>Could not follow the profile change</p>
  );
}
