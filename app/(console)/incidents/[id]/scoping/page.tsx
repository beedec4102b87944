import type { Metadata } from "next";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { LinkStoreButton } from "@/components/scoping/link-store-button";
import { LoggingGaps } from "@/components/scoping/logging-gaps";
import { ScopingRequestForm } from "@/components/scoping/request-form";
import { DataTable } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/instant";
import { whoCan } from "@/lib/auth/policy";
import { getScoping, type TScopingRunView } from "@/lib/access-reconstruction/service";
import { routes } from "@/lib/client/routes";
import { loadIncidentForPage, orNotFound } from "@/lib/incidents/page-incident";

export const metadata: Metadata = { title: "Scoping" };

const STATUS_WORDS: Record<string, string> = {
  queued: "Queued: the worker will query CloudTrail shortly.",
  running: "Running: the worker is querying CloudTrail.",
  succeeded: "Finished.",
  failed: "Failed.",
};

function suspects(run: TScopingRunView) {
  const p = run.parameters;
  return [...p.accessKeyIds, ...p.principals, ...p.sourceIps].join(", ");
}

/** Scoping: who touched which data store, reconstructed from CloudTrail, with the logging gaps and the evidence. Text from AWS is rendered as text. */
export default async function ScopingPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, incident } = await loadIncidentForPage(params);
  const view = await orNotFound(getScoping(actor, incident.id));
  const inventory = new Map(view.inventory.map((s) => [s.arn, s]));
  const latest = view.runs[0];
  const lastParameters = latest?.parameters;
  const prefill = {
    accessKeyIds: lastParameters?.accessKeyIds ?? view.prefill.accessKeyIds,
    principals: lastParameters?.principals ?? view.prefill.principals,
    sourceIps: lastParameters?.sourceIps ?? view.prefill.sourceIps,
    start: lastParameters?.start ?? view.prefill.window?.start ?? "",
    end: lastParameters?.end ?? view.prefill.window?.end ?? "",
    region: lastParameters?.region ?? "",
    accountId: lastParameters?.accountId ?? "",
    eventDataStore: lastParameters?.eventDataStore ?? "",
  };
  return (
    <>
      <LiveUpdates url={routes.incident(incident.id).events(incident.lastSequence)} eventName="timeline" />
      <h2 className="mb-2 text-xl font-bold">Scoping</h2>
      <p className="mb-4 text-slate-700">
        Which data stores the suspects read, listed, copied or opened, from CloudTrail management events (LookupEvents) and, with a CloudTrail Lake event
        data store, S3 and DynamoDB data events. Each reconstruction&apos;s queries and full result are kept as evidence.
      </p>
      {view.viewer.mayRun ? <ScopingRequestForm incidentId={incident.id} prefill={prefill} /> : <p className="text-sm text-slate-700">{whoCan("scoping.run")}</p>}

      <section aria-labelledby="scoping-runs" className="mt-6 flex flex-col gap-6">
        <h3 id="scoping-runs" className="text-lg font-semibold">Reconstructions</h3>
        {view.runs.length === 0 ? <p className="text-slate-700">No reconstruction yet.</p> : null}
        {view.runs.map((run) => (
          <article key={run.id} aria-labelledby={`run-${run.id}`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="scoping-run">
            <h4 id={`run-${run.id}`} className="font-semibold">
              {suspects(run)} · <Instant value={run.parameters.start} /> – <Instant value={run.parameters.end} /> · {run.parameters.region}
            </h4>
            <p className="text-sm" data-testid="scoping-run-status">
              {STATUS_WORDS[run.status] ?? run.status} Requested by {run.requestedByLabel}, <Instant value={run.createdAt} />.
              {run.failure ? ` ${run.status === "failed" ? "Reason" : "Last attempt"}: ${run.failure}` : ""}
            </p>
            {run.result ? (
              <>
                <div className="my-3">
                  <LoggingGaps gaps={run.result.gaps} headingLevel={3} id={`gaps-${run.id}`} />
                </div>
                {run.result.stores.length === 0 ? (
                  <p className="text-slate-700">The suspects touched no data store in the window, as far as the logs show.</p>
                ) : (
                  <DataTable
                    caption="Data stores touched"
                    captionVisible
                    columns={["Store", { label: "Objects or items", className: "text-right" }, "Read / list / copy / policy", "First – last", "By", "From", "Facts"]}
                  >
                    {run.result.stores.map((store) => {
                      const listed = inventory.get(store.storeArn);
                      return (
                        <tr key={store.storeArn}>
                          <th scope="row" className="break-all text-left font-normal">
                            {listed ? <span className="font-semibold">{listed.name} </span> : null}
                            <span className="font-mono text-xs">{store.storeArn}</span>
                          </th>
                          <td className="text-right">{store.objectCount.toLocaleString("en-GB")}</td>
                          <td>{store.actions.read} / {store.actions.list} / {store.actions.copy} / {store.actions["policy-change"]}</td>
                          <td><Instant value={store.first} /> – <Instant value={store.last} /></td>
                          <td className="break-all font-mono text-xs">{[...store.accessKeyIds, ...store.principals].join(", ")}</td>
                          <td className="font-mono text-xs">{store.sourceIps.join(", ")}</td>
                          <td>
                            {run.linkedArns.includes(store.storeArn) ? (
                              "Linked"
                            ) : !listed ? (
                              "Not in the data inventory"
                            ) : view.viewer.mayLink && run.status === "succeeded" ? (
                              <LinkStoreButton incidentId={incident.id} runId={run.id} storeArn={store.storeArn} storeName={listed.name} factsVersion={view.factsVersion} />
                            ) : (
                              whoCan("incident.facts.update")
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </DataTable>
                )}
                <p className="mt-2 text-sm text-slate-700">
                  {run.result.counts.managementEvents} management and {run.result.counts.dataEvents} data events read; {run.result.counts.matchedEvents} by the suspects on data stores.
                  Evidence item <span className="font-mono">{run.evidenceId}</span>, SHA-256 <span className="break-all font-mono text-xs">{run.resultSha256}</span>.
                </p>
              </>
            ) : null}
          </article>
        ))}
      </section>
    </>
  );
}
