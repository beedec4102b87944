import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { incidentReference } from "@/components/incidents/incident-table";
import { StatusControl } from "@/components/incidents/status-control";
import { TimelineList } from "@/components/incidents/timeline-list";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/http/app-error";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getIncident, getTimeline } from "@/lib/incidents/service";

export const metadata: Metadata = { title: "Incident" };

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const parsed = ZIncidentParams.safeParse(await params);
  if (!parsed.success) notFound();
  const incident = await getIncident(actor, parsed.data.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const timeline = await getTimeline(actor, incident.id);

  return (
    <>
      <PageHeader
        title={
          <>
            <span className="mr-2 font-mono text-slate-600">{incidentReference(incident.reference)}</span>
            {incident.title}
          </>
        }
      />
      <section aria-labelledby="overview" className="mb-8 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="overview" className="sr-only">Overview</h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div><dt className="text-sm font-semibold text-slate-700">Severity</dt><dd className="mt-1"><SeverityBadge severity={incident.severity} /></dd></div>
          <div><dt className="text-sm font-semibold text-slate-700">Phase</dt><dd className="mt-1"><StatusBadge status={incident.status} /></dd></div>
          <div><dt className="text-sm font-semibold text-slate-700">Commander</dt><dd className="mt-1">{incident.commander.name}</dd></div>
          <div><dt className="text-sm font-semibold text-slate-700">Declared</dt><dd className="mt-1 text-sm"><Instant value={incident.declaredAt} />{incident.declaredBy ? ` by ${incident.declaredBy.name}` : ""}</dd></div>
        </dl>
        <h3 className="mt-6 text-sm font-semibold text-slate-700">Summary</h3>
        <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{incident.summary || "No summary yet."}</p>
        {can(actor, "incident.change-status") ? (
          <div className="mt-6 max-w-md border-t border-slate-200 pt-4">
            <StatusControl
              incidentId={incident.id}
              status={incident.status}
              version={incident.version}
              disabledReason={null}
              isCommander={actor.kind === "user" && actor.id === incident.commander.id}
            />
          </div>
        ) : null}
      </section>
      <section aria-labelledby="timeline">
        <h2 id="timeline" className="mb-3 text-xl font-bold">Timeline</h2>
        <TimelineList events={timeline.items} />
      </section>
    </>
  );
}
