import type { Metadata } from "next";
import { DeclareIncidentForm } from "@/components/incidents/declare-incident-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { listCommanderCandidates } from "@/lib/incidents/service";

export const metadata: Metadata = { title: "Declare an incident" };

export default async function DeclareIncidentPage() {
  const actor = await requireActor();
  const commanders = await listCommanderCandidates(actor);
  const selfIsCandidate = commanders.some((user) => user.id === actor.id);
  return (
    <>
      <PageHeader title="Declare an incident" description="Declaring starts the incident's record and its timeline." />
      <DeclareIncidentForm commanders={commanders} defaultCommanderId={selfIsCandidate ? actor.id : undefined} />
    </>
  );
}
