import type { Metadata } from "next";
import { ContainmentClockSummary } from "@/components/containment/containment-clock";
import { IamPermissionsDisclosure } from "@/components/containment/iam-permissions";
import { ContainmentRequestForm } from "@/components/containment/request-form";
import { ContainmentRequestList } from "@/components/containment/request-list";
import { Alert } from "@/components/ui/alert";
import { whoCan } from "@/lib/auth/policy";
import { runbookName } from "@/lib/containment/catalog";
import { isRunnableDirectCall } from "@/lib/containment/direct-calls";
import { getContainmentClock } from "@/lib/containment/clock-service";
import { getContainmentProofs } from "@/lib/containment/execution-record";
import { getContainment } from "@/lib/containment/service";
import { loadIncidentForPage, orNotFound } from "@/lib/incidents/page-incident";

export const metadata: Metadata = { title: "Containment" };

export default async function ContainmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, incident } = await loadIncidentForPage(params);
  const [containment, clock, proofs] = await Promise.all([
    orNotFound(getContainment(actor, incident.id)),
    orNotFound(getContainmentClock(actor, incident.id)),
    orNotFound(getContainmentProofs(actor, incident.id)),
  ]);
  return (
    <>
      <h2 className="mb-2 text-xl font-bold">Containment</h2>
      <div className="mb-4">
        <ContainmentClockSummary clock={clock} />
      </div>
      {containment.exercise ? (
        <Alert tone="info" title="Exercise">
          This is an exercise incident: its containment actions run against the simulator, never against AWS.
        </Alert>
      ) : null}
      <section aria-labelledby="proposed" className="mt-4">
        <h3 id="proposed" className="mb-2 text-lg font-semibold">
          Proposed for the linked findings
        </h3>
        {containment.proposals.length === 0 ? (
          <p className="text-slate-700">The linked findings call for no containment action from the catalog.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {containment.proposals.map((proposal) => {
              const action = proposal.action;
              const runnable = action.runbook.kind === "ssm-automation" || isRunnableDirectCall(runbookName(action.runbook));
              return (
                <li key={`${proposal.actionId}-${proposal.target}`} className="rounded-lg border border-slate-200 bg-white p-4">
                  <h4 className="font-semibold">
                    {action.title} on {proposal.target}
                  </h4>
                  <p className="text-sm text-slate-700">{proposal.because}</p>
                  <p className="text-sm">{action.description}</p>
                  <p className="text-sm">
                    Runs {runbookName(action.runbook)} in account {proposal.accountId}, {proposal.region}.{" "}
                    {action.productionAccess ? "Changes production access: the incident's commander must approve. " : ""}
                    {action.destructive ? "Destructive: two people must approve. " : ""}
                    {action.reversible ? (action.release ? "Reversible with Release." : "Reversible by hand.") : "Not reversible."}
                    {action.dryRun ? " Offers a dry run." : ""}
                  </p>
                  <IamPermissionsDisclosure actionId={proposal.actionId} />
                  {!runnable ? (
                    <p className="mt-2 text-sm text-slate-700">This action is a direct API call Breachdesk does not make: do it in the AWS console, then record it on the timeline.</p>
                  ) : containment.viewer.mayRequest ? (
                    <ContainmentRequestForm
                      incidentId={incident.id}
                      actionId={proposal.actionId}
                      title={action.title}
                      accountId={proposal.accountId}
                      region={proposal.region}
                      findingId={proposal.findingId}
                      parameters={action.parameters
                        .filter((p) => p.source !== "role")
                        .map((p) => ({ name: p.name, label: p.label, rule: p.rule, value: proposal.parameters[p.name] ?? "" }))}
                    />
                  ) : (
                    <p className="mt-2 text-sm text-slate-700">{whoCan("containment.request")}</p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="requests" className="mt-6">
        <h3 id="requests" className="mb-2 text-lg font-semibold">
          Requests
        </h3>
        <ContainmentRequestList incidentId={incident.id} requests={containment.requests} proofs={proofs} />
      </section>
    </>
  );
}
