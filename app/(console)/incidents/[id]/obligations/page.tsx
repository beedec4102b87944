import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { StoredRegister } from "@/components/obligations/stored-register";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/http/app-error";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getIncident } from "@/lib/incidents/service";
import { getRegister, listObligationOwners } from "@/lib/obligations/service";

export const metadata: Metadata = { title: "Obligations" };

export default async function ObligationsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const parsed = ZIncidentParams.safeParse(await params);
  if (!parsed.success) notFound();
  const [incident, register] = await Promise.all([getIncident(actor, parsed.data.id), getRegister(actor, parsed.data.id)]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const owners = can(actor, "obligation.assign") ? await listObligationOwners(actor) : null;
  return (
    <>
      <LiveUpdates url={`/api/incidents/${incident.id}/events?after=${incident.lastSequence}`} eventName="timeline" queryKey={["incidents", "obligations", incident.id]} />
      {!register.organisationProfileSet ? (
        <div className="my-4">
          <Alert tone="info" title="No organisation profile yet">
            Deadlines assume UTC and no establishment until an administrator saves the organisation profile
            {can(actor, "organisation.manage") ? <> on <Link className="underline" href="/admin/organisation">Organisation</Link></> : null}.
          </Alert>
        </div>
      ) : null}
      <div className="mt-4">
        {/* eslint-disable-next-line react-hooks/purity -- the render instant seeds the client's countdown */}
        <StoredRegister incidentId={incident.id} rows={register.obligations} renderedAt={Date.now()} owners={owners} />
      </div>
    </>
  );
}
