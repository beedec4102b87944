import type { ReactNode } from "react";
import { incidentReference } from "@/lib/incidents/reference";
import { ExerciseBanner } from "@/components/notices/exercise-banner";
import { IncidentTabs } from "@/components/incidents/incident-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { loadIncidentForPage } from "@/lib/incidents/page-incident";
import { ReevaluationBanner } from "@/components/incidents/reevaluation-banner";
import { incidentReevaluation } from "@/lib/register-reevaluation/progress";

/** Every incident page: the same title and section tabs, and the same not-found answer for an incident the viewer may not see. */
export default async function IncidentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { incident } = await loadIncidentForPage(params);
  const reevaluation = await incidentReevaluation(incident.id);
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
      <IncidentTabs incidentId={incident.id} />
      <ExerciseBanner exercise={incident.exercise} />
      <ReevaluationBanner incidentId={incident.id} initial={reevaluation} />
      {children}
    </>
  );
}
