import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { incidentReference } from "@/lib/incidents/reference";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { getMetrics } from "@/lib/metrics/service";
import { formatDuration } from "@/lib/status/status";

export const metadata: Metadata = { title: "Metrics" };

const duration = (ms: number | null) => (ms === null ? "—" : ms < 0 ? `−${formatDuration(-ms)}` : formatDuration(ms));

export default async function MetricsPage() {
  const actor = await requireActor();
  const metrics = await getMetrics(actor);
  const { deadlines, medians } = metrics;
  const share = deadlines.shareOnTime === null ? "no deadline decided yet" : `${Math.round(deadlines.shareOnTime * 100)} %`;
  return (
    <>
      <PageHeader title="Metrics" description="Response times across the incidents you can see, measured from the first time a provider observed a linked finding." />
      <section aria-labelledby="summary" className="mb-6">
        <h2 id="summary" className="sr-only">Summary</h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {[
            ["Median time to awareness", duration(medians.toAwarenessMs)],
            ["Median time to declaration", duration(medians.toDeclarationMs)],
            ["Median time to containment", duration(medians.toContainmentMs)],
            ["Median time to notice", duration(medians.toNoticeMs)],
            ["Deadlines met on time", share],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm font-semibold text-slate-700">{label}</dt>
              <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-slate-700">
          Deadlines: {deadlines.met_on_time} met on time, {deadlines.met_late} met late, {deadlines.missed} passed without a notice, {deadlines.pending} still running.
        </p>
      </section>
      {metrics.incidents.length === 0 ? (
        <EmptyState title="No incidents yet">Metrics appear once incidents are declared and findings linked to them.</EmptyState>
      ) : (
        <section aria-labelledby="per-incident">
          <h2 id="per-incident" className="mb-2 text-lg font-semibold">Per incident</h2>
          <DataTable
            caption="Time from the first observed finding, per incident (— when not known)"
            columns={["Incident", "To awareness", "To declaration", "To containment", "Notices (time to notice; margin to deadline)"]}
          >
            {metrics.incidents.map((m) => (
              <tr key={m.id} className="align-top">
                <td>
                  <IntentLink href={`/incidents/${m.id}/status`} className="font-semibold text-blue-800 underline">
                    <span className="font-mono">{incidentReference(m.reference)}</span> {m.title}
                  </IntentLink>
                </td>
                <td className="tabular-nums">{duration(m.toAwarenessMs)}</td>
                <td className="tabular-nums">{duration(m.toDeclarationMs)}</td>
                <td className="tabular-nums">{duration(m.toContainmentMs)}</td>
                <td>
                  {m.notices.length === 0 ? "—" : (
                    <ul>
                      {m.notices.map((n) => (
                        <li key={`${n.ruleId}-${n.recipient}`}>
                          {n.ruleId}: {duration(n.toNoticeMs)};{" "}
                          {n.outcome === "met_on_time" ? `on time${n.marginMs !== null ? ` (${duration(n.marginMs)} to spare)` : ""}` : n.outcome === "met_late" ? `⚠ late by ${duration(-(n.marginMs ?? 0))}` : n.outcome === "missed" ? "⚠ deadline passed, not sent" : "running"}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
    </>
  );
}
