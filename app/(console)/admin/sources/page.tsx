import type { Metadata } from "next";
import { CreateSourceForm } from "@/components/findings/create-source-form";
import { DataTable } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { listSources } from "@/lib/findings/service";
import { formatDuration } from "@/lib/findings/latency";

export const metadata: Metadata = { title: "Findings sources" };

function lag(watermark: Date | null): string {
  if (!watermark) return "Not synced yet";
  const minutes = Math.max(0, Math.round((Date.now() - watermark.getTime()) / 60_000));
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

export default async function SourcesPage() {
  const actor = await requireActor();
  const sources = await listSources(actor);
  return (
    <>
      <PageHeader
        title="Findings sources"
        description="AWS accounts and regions the console pulls findings from (npm run sync -- --once). Lag is the time since the newest finding update stored; detection latency is the median time from AWS first observing the activity to the finding being stored here, over the last 7 days."
      />
      {sources.length === 0 ? (
        <p className="mb-8 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          No sources yet. Add one below, or set BREACHDESK_AWS_SOURCES (for example securityhub:us-east-1).
        </p>
      ) : (
        <DataTable
          caption="Findings sources"
          columns={["Source", "Last run", "Last success", "Lag", "Detection latency (median, 7 days)", "Status"]}
          density="roomy"
          className="mb-8"
        >
          {sources.map((s) => (
            <tr key={s.id} className="align-top">
              <td className="font-semibold break-words">
                {s.kind === "securityhub" ? "Security Hub" : "GuardDuty"} · {s.region}
                {s.roleArn ? <span className="block font-normal text-slate-600 break-all">{s.roleArn}</span> : null}
              </td>
              <td>{s.lastRunAt ? <Instant value={s.lastRunAt} /> : "Never"}</td>
              <td>{s.lastSuccessAt ? <Instant value={s.lastSuccessAt} /> : "Never"}</td>
              <td>{lag(s.watermark)}</td>
              <td>
                {s.detectionP50Ms === null ? "No new findings" : `${formatDuration(s.detectionP50Ms)} over ${s.detectedFindings} finding(s)`}
              </td>
              <td className="break-words">
                {s.lastError ? (
                  <span className="text-red-800"><span aria-hidden="true">⚠ </span>Failing: {s.lastError}</span>
                ) : s.lastSuccessAt ? "OK" : "Waiting for the first sync"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {can(actor, "source.manage") ? <CreateSourceForm /> : null}
    </>
  );
}
