import type { Metadata } from "next";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { MembersPanel } from "@/components/incidents/members-panel";
import { NextStepsPanel } from "@/components/next-steps/next-steps-panel";
import { NoteForm } from "@/components/incidents/note-form";
import { StatusControl } from "@/components/incidents/status-control";
import { SeverityControl } from "@/components/incidents/severity-control";
import { TimelineFilters } from "@/components/incidents/timeline-filters";
import { VerifyIntegrity } from "@/components/incidents/verify-integrity";
import { ContainmentClockSummary } from "@/components/containment/containment-clock";
import { IncidentDetectionLatency } from "@/components/findings/incident-detection-latency";
import { Alert } from "@/components/ui/alert";
import { TimelineList } from "@/components/incidents/timeline-list";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { Instant } from "@/components/ui/instant";
import { isIncidentCommander, isIncidentLead } from "@/lib/auth/incident-access";
import { can } from "@/lib/auth/policy";
import { ZTimelineQuery } from "@/lib/incidents/schemas";
import { getContainmentClock } from "@/lib/containment/clock-service";
import { loadIncidentForPage } from "@/lib/incidents/page-incident";
import { getTimeline, listDecisionOwners } from "@/lib/incidents/service";
import { listMemberCandidates } from "@/lib/membership/service";
import { routes } from "@/lib/client/routes";

export const metadata: Metadata = { title: "Incident" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

export default async function IncidentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: TSearch }) {
  const { actor, incident } = await loadIncidentForPage(params);
  const raw = Object.entries(await searchParams).filter(([, v]) => v !== undefined && v !== "");
  const parsedQuery = ZTimelineQuery.safeParse(Object.fromEntries(raw));
  const timelineQuery = parsedQuery.success ? parsedQuery.data : ZTimelineQuery.parse({});
  const timeline = await getTimeline(actor, incident.id, timelineQuery);
  const filtered = Boolean(timelineQuery.kind?.length || timelineQuery.role);
  const owners = can(actor, "incident.note.create") ? await listDecisionOwners(actor, incident.id) : null;
  const led = { commanderId: incident.commander.id };
  const managesPeople = can(actor, "incident.members.manage") && isIncidentLead(actor, led);
  const candidates = managesPeople ? await listMemberCandidates(actor) : null;
  const containmentClock = await getContainmentClock(actor, incident.id);

  return (
    <>
      <NextStepsPanel actor={actor} incidentId={incident.id} />
      <section aria-labelledby="overview" className="mb-8 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="overview" className="sr-only">Overview</h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div><dt className="text-sm font-semibold text-slate-700">Severity</dt><dd className="mt-1"><SeverityBadge severity={incident.severity} /></dd></div>
          <div><dt className="text-sm font-semibold text-slate-700">Phase</dt><dd className="mt-1"><StatusBadge status={incident.status} /></dd></div>
          <div><dt className="text-sm font-semibold text-slate-700">Commander</dt><dd className="mt-1">{incident.commander.name}</dd></div>
          <div><dt className="text-sm font-semibold text-slate-700">Declared</dt><dd className="mt-1 text-sm"><Instant value={incident.declaredAt} />{incident.declaredBy ? ` by ${incident.declaredBy.name}` : ""}</dd></div>
        </dl>
        <h3 className="mt-6 text-sm font-semibold text-slate-700">Containment clock</h3>
        <div className="mt-1">
          <ContainmentClockSummary clock={containmentClock} compact />
        </div>
        <h3 className="mt-6 text-sm font-semibold text-slate-700">Summary</h3>
        <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{incident.summary || "No summary yet."}</p>
        {can(actor, "incident.change-status") ? (
          <div className="mt-6 max-w-md border-t border-slate-200 pt-4">
            <StatusControl
              incidentId={incident.id}
              status={incident.status}
              version={incident.version}
              disabledReason={null}
              isCommander={isIncidentCommander(actor, led)}
            />
            {incident.status !== "closed" ? (
              <div className="mt-6 border-t border-slate-200 pt-4">
                <SeverityControl incidentId={incident.id} severity={incident.severity} version={incident.version} />
              </div>
            ) : null}
          </div>
        ) : null}
      </section>
      <IncidentDetectionLatency incidentId={incident.id} />
      <MembersPanel
        incidentId={incident.id}
        commander={incident.commander}
        members={incident.members}
        restricted={incident.restricted}
        candidates={candidates}
      />
      <section aria-labelledby="timeline">
        <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="timeline" className="text-xl font-bold">Timeline</h2>
            <LiveUpdates url={routes.incident(incident.id).events(incident.lastSequence)} eventName="timeline" />
          </div>
          <VerifyIntegrity incidentId={incident.id} />
        </div>
        {owners ? <NoteForm incidentId={incident.id} owners={owners} viewerId={actor.kind === "user" ? actor.id : null} /> : null}
        {!parsedQuery.success ? (
          <Alert tone="error" title="Some timeline filters were not understood">The timeline below is unfiltered. Choose the filters again.</Alert>
        ) : null}
        <TimelineFilters incidentId={incident.id} kind={timelineQuery.kind ?? []} role={timelineQuery.role} sort={timelineQuery.sort} />
        {filtered && timeline.items.length === 0 ? (
          <p className="text-slate-700">No event matches these filters. Choose other filters or clear them.</p>
        ) : (
          <TimelineList
            events={timeline.items}
            label={timelineQuery.sort === "occurred" ? "Timeline, by when it happened, newest first" : "Timeline, newest first"}
          />
        )}
      </section>
    </>
  );
}
