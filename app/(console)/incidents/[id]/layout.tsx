import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { incidentReference } from "@/lib/incidents/reference";
import { ExerciseBanner } from "@/components/notices/exercise-banner";
import { IncidentTabs } from "@/components/incidents/incident-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/http/app-error";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getIncident } from "@/lib/incidents/service";

/** Every incident page: the same title and section tabs, and the same not-found answer for an incident the viewer may not see. */
export default async function IncidentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const parsed = ZIncidentParams.safeParse(await params);
  if (!parsed.success) notFound();
  const incident = await getIncident(actor, parsed.data.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
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
      <ExerciseBanner incidentId={incident.id} />
      {children}
    </>
  );
}
