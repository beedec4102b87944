import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { incidentReference } from "@/lib/incidents/reference";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { DecisionsSummary } from "@/components/status/decisions-summary";
import { ObligationStatusList } from "@/components/status/obligation-status-list";
import { PrintButton } from "@/components/status/print-button";
import { DataTable } from "@/components/ui/data-table";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { EmptyState } from "@/components/ui/empty-state";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { getPortfolioStatus } from "@/lib/status/service";
import { decisionsCountText } from "@/lib/status/decisions-awaiting";
import { formatRemaining, jurisdictionOf } from "@/lib/status/status";
import { routes } from "@/lib/client/routes";

export const metadata: Metadata = { title: "Status" };

/** The portfolio status: every active incident the viewer may see, soonest deadline first. Read-only, every role. */
export default async function PortfolioStatusPage() {
  const actor = await requireActor();
  const { now, rows, byStatus, awaitingCount } = await getPortfolioStatus(actor);
  return (
    <>
      <PageHeader title="Status" description="Active incidents, the soonest statutory deadline first, each with its containment clock." actions={<PrintButton />} />
      <div className="mb-4 flex flex-col gap-3 print:hidden">
        <LiveUpdates url={routes.liveIncidents()} eventName="incident" />
      </div>
      <div className="mb-4 grid gap-4 md:grid-cols-2">
        <section aria-labelledby="portfolio-awaiting" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="portfolio-awaiting" className="text-lg font-semibold">Decisions awaiting someone</h2>
          <p className="mt-2 text-2xl font-bold tabular-nums" data-testid="portfolio-awaiting-count">{decisionsCountText(awaitingCount)}</p>
          <p className="text-sm text-slate-700">{awaitingCount ? "Across the active incidents below; each row lists its own." : "Every obligation that applies is met and every notice is sent."}</p>
        </section>
        <section aria-labelledby="portfolio-obligations" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="portfolio-obligations" className="text-lg font-semibold">Obligations across active incidents</h2>
          <div className="mt-2"><ObligationStatusList byStatus={byStatus} label="Obligations across active incidents, by status" /></div>
        </section>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No active incidents">Declared incidents appear here until they are closed; their deadlines with them.</EmptyState>
      ) : (
        <DataTable
          caption="Active incidents, soonest deadline first"
          columns={["Incident", "Phase and severity", { label: "Waiting for a decision", className: "hidden md:table-cell" }, "Next deadline", "Obligations"]}
        >
          {rows.map(({ incident, next, byStatus: counts, notifiedCount, awaiting, awaitingCount, coverageGaps, containment }) => (
            <tr key={incident.id} className="align-top">
              <td>
                <IntentLink href={`/incidents/${incident.id}/status`} className="font-semibold text-blue-800 underline">
                  <span className="font-mono">{incidentReference(incident.reference)}</span> {incident.title}
                </IntentLink>
                <span className="block text-slate-700">Commander {incident.commander.name}</span>
                {/* On a phone the decisions column is hidden: what waits shows under the title instead. */}
                <div className="mt-2 md:hidden"><DecisionsSummary incidentId={incident.id} decisions={awaiting} shown={1} /></div>
              </td>
              <td><span className="flex flex-wrap gap-1"><StatusBadge status={incident.status} /><SeverityBadge severity={incident.severity} /></span></td>
              <td className="hidden md:table-cell">
                <DecisionsSummary incidentId={incident.id} decisions={awaiting} />
              </td>
              <td>
                {next?.dueAt ? (
                  <>
                    <span className="font-semibold">{formatRemaining(next.dueAt, now)}</span>
                    <span className="block">{jurisdictionOf(next)} · {next.recipient}</span>
                    <span className="block text-slate-700">Owner {next.owner?.name ?? "none yet"} · <Instant value={next.dueAt} /></span>
                  </>
                ) : (
                  <span className="text-slate-700">{awaiting.some((d) => d.kind === "awaiting_trigger") ? "No clock running yet: see what waits" : "No open deadline"}</span>
                )}
                <span className="mt-1 block" data-testid="containment-clock-row" data-state={containment.state}>
                  <span className="font-semibold">
                    {containment.tone === "alert" ? <span aria-hidden="true">⚠ </span> : null}
                    Containment: {containment.headline}
                  </span>
                  <span className="block text-slate-700">{containment.sentence}</span>
                </span>
              </td>
              <td>
                {counts.length === 0 ? "None yet" : counts.map((c) => `${c.label} ${c.count}`).join(", ")}
                <span className="block text-slate-700">{notifiedCount} notified</span>
                <span className="block" data-testid="awaiting-count">
                  {awaitingCount} decision{awaitingCount === 1 ? "" : "s"} awaiting someone
                  {coverageGaps > 0 ? <> (<span aria-hidden="true">⚠ </span>{coverageGaps} jurisdiction{coverageGaps === 1 ? "" : "s"} without rules)</> : null}
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
