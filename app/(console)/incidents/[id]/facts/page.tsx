import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { DeclarationsPanel } from "@/components/incident-facts/declarations-panel";
import { FactsForm } from "@/components/incident-facts/facts-form";
import { SuggestionsPanel } from "@/components/incident-facts/suggestions-panel";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { LoggingGaps } from "@/components/scoping/logging-gaps";
import { latestScopingGaps } from "@/lib/access-reconstruction/service";
import { NextStepsPanel } from "@/components/next-steps/next-steps-panel";
import { Alert } from "@/components/ui/alert";
import { can, whoCan } from "@/lib/auth/policy";
import { MOMENTS, type TMoment } from "@/lib/clocks/types";
import { getIncidentFacts } from "@/lib/fact-changes/read-facts";
import { loadIncidentForPage, orNotFound } from "@/lib/incidents/page-incident";
import { routes } from "@/lib/client/routes";

export const metadata: Metadata = { title: "Incident facts" };

export default async function IncidentFactsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ declare?: string | string[] }> }) {
  const { actor, incident } = await loadIncidentForPage(params);
  // A "Declare Discovered" link from the status view opens the form on that moment.
  const { declare } = await searchParams;
  const initialMoment = (MOMENTS as readonly string[]).includes(String(declare)) ? (declare as TMoment) : undefined;
  const view = await orNotFound(getIncidentFacts(actor, incident.id));
  // Said with the facts: what the logs could not show bounds what the facts can claim (visibility checked just above).
  const loggingGaps = await latestScopingGaps(incident.id);
  return (
    <>
      <LiveUpdates url={routes.incident(incident.id).events(incident.lastSequence)} eventName="timeline" />
      <div className="mt-4"><NextStepsPanel actor={actor} incidentId={incident.id} compact /></div>
      {loggingGaps?.gaps.length ? <div className="mt-4"><LoggingGaps gaps={loggingGaps.gaps} /></div> : null}
      {!view.organisationProfileSet ? (
        <div className="my-4">
          <Alert tone="info" title="No organisation profile yet">
            The clocks assume UTC and no establishment until an administrator saves the profile (time zone, establishments, sector flags)
            {can(actor, "organisation.manage") ? <> on <IntentLink className="underline" href="/admin/organisation">Organisation</IntentLink></> : null}.
          </Alert>
        </div>
      ) : null}
      <div className="mt-4">
        <DeclarationsPanel
          // A "Declare Discovered" link followed from this very page opens the form on that moment.
          key={initialMoment ?? "aware"}
          incidentId={incident.id}
          declarations={view.declarations.map((d) => ({ ...d, at: d.at.toISOString(), recordedAt: d.recordedAt.toISOString() }))}
          canDeclare={can(actor, "incident.moment.declare")}
          initialMoment={initialMoment}
          disabledReason={whoCan("incident.moment.declare")}
        />
      </div>
      <SuggestionsPanel incidentId={incident.id} suggestions={view.suggestions} version={view.version} canAccept={can(actor, "incident.facts.update")} />
      <FactsForm
        key={view.version}
        incidentId={incident.id}
        facts={view.facts}
        version={view.version}
        readOnlyReason={can(actor, "incident.facts.update") ? null : whoCan("incident.facts.update")}
      />
    </>
  );
}
