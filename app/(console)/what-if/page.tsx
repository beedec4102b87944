import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StartFromIncident } from "@/components/what-if/start-from-incident";
import { WhatIfWorkbench } from "@/components/what-if/what-if-workbench";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import type { TWhatIfFacts } from "@/lib/what-if/facts";
import { getWhatIfStart, listWhatIfIncidents } from "@/lib/what-if/service";

export const metadata: Metadata = { title: "What-if: notification clocks" };

export default async function WhatIfPage({ searchParams }: { searchParams: Promise<{ incident?: string | string[] }> }) {
  const actor = await requireActor();
  if (!can(actor, "clocks.read")) notFound();
  const { incident } = await searchParams;
  const incidentId = (Array.isArray(incident) ? incident[0] : incident) || null;
  const [incidents, fromIncident] = await Promise.all([listWhatIfIncidents(actor), incidentId ? getWhatIfStart(actor, incidentId) : null]);
  const start = fromIncident ?? (await getWhatIfStart(actor, null))!;
  return (
    <>
      <PageHeader
        title="What-if: notification clocks"
        description="Change the facts and see which notification obligations they trigger and when each is due. Nothing is saved: no incident is created or changed."
      />
      <StartFromIncident incidents={incidents} selected={start.incident?.id ?? null} />
      {incidentId && !fromIncident ? (
        <div className="mb-6">
          <Alert tone="info" title="That incident cannot be used">It does not exist, or you are not allowed to see it. The form starts from the organisation profile instead.</Alert>
        </div>
      ) : null}
      <WhatIfWorkbench
        key={start.incident?.id ?? "profile"}
        start={start.facts as unknown as TWhatIfFacts}
        origin={start.incident ? { kind: "incident", label: start.incident.label } : { kind: "profile", missing: start.organisationMissing }}
      />
    </>
  );
}
