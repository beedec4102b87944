import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { CoverageGaps } from "@/components/clocks/coverage-gaps";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { NextStepsPanel } from "@/components/next-steps/next-steps-panel";
import { UnreviewedRules } from "@/components/obligations/counsel-review";
import { StoredRegister } from "@/components/obligations/stored-register";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/policy";
import { loadIncidentForPage, orNotFound } from "@/lib/incidents/page-incident";
import { getRegister, listObligationOwners } from "@/lib/obligations/service";
import { routes } from "@/lib/client/routes";

export const metadata: Metadata = { title: "Obligations" };

export default async function ObligationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, incident } = await loadIncidentForPage(params);
  const [register, owners] = await Promise.all([
    orNotFound(getRegister(actor, incident.id)),
    can(actor, "obligation.assign") ? listObligationOwners(actor, incident.id) : null,
  ]);
  return (
    <>
      <LiveUpdates url={routes.incident(incident.id).events(incident.lastSequence)} eventName="timeline" />
      <div className="mt-4"><NextStepsPanel actor={actor} incidentId={incident.id} compact /></div>
      {!register.organisationProfileSet ? (
        <div className="my-4">
          <Alert tone="info" title="No organisation profile yet">
            Deadlines assume UTC and no establishment until an administrator saves the organisation profile
            {can(actor, "organisation.manage") ? <> on <IntentLink className="underline" href="/admin/organisation">Organisation</IntentLink></> : null}.
          </Alert>
        </div>
      ) : null}
      <div className="mt-4">
        <CoverageGaps coverage={register.coverage.coverage} catalogVersion={register.coverage.catalogVersion} />
      </div>
      <p className="mt-4 text-sm text-slate-700">
        <IntentLink className="font-semibold text-blue-800 underline" href={`/what-if?incident=${incident.id}`}>What if…</IntentLink>{" "}
        the facts were different? Opens the What-if page with this incident&apos;s facts to change freely; the incident itself is not changed.
      </p>
      <div className="mt-4">
        {/* eslint-disable-next-line react-hooks/purity -- the render instant seeds the client's countdown */}
        <StoredRegister incidentId={incident.id} rows={register.obligations} renderedAt={Date.now()} owners={owners} />
      </div>
      <div className="mt-4">
        <UnreviewedRules rows={register.obligations} />
      </div>
    </>
  );
}
