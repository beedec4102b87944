import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FindingSeverity } from "@/components/findings/finding-severity";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors/app-error";
import { getFinding } from "@/lib/findings/service";
import type { TFindingResource } from "@/lib/findings/schemas";
import { detectionLatencyMs, formatDuration } from "@/lib/findings/latency";

export const metadata: Metadata = { title: "Finding" };

function when(value: Date | null): string {
  return value ? `${value.toISOString().replace("T", " ").slice(0, 19)} UTC` : "—";
}

/** Pretty-prints the stored raw JSON for reading; the verbatim text is what is stored and hashed. */
function pretty(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

export default async function FindingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const finding = await getFinding(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const resources = finding.resources as TFindingResource[];
  const fields: [string, string][] = [
    ["Product", finding.productName],
    ["Types", finding.types.join(", ") || "—"],
    ["Account", finding.awsAccountId],
    ["Region", finding.region || "—"],
    ["First observed", when(finding.firstObservedAt)],
    ["Last observed", when(finding.lastObservedAt)],
    ["Updated by the provider", when(finding.sourceUpdatedAt)],
    ["First ingested", when(finding.firstIngestedAt)],
    ["Detection latency (first observed → ingested)", formatDuration(detectionLatencyMs(finding.firstObservedAt, finding.firstIngestedAt))],
    ["Compliance status", finding.complianceStatus ?? "—"],
    ["Record state", finding.recordState],
    ["Workflow status", finding.workflowStatus],
    ["Triage", finding.dismissedReason ? `${finding.triage} — ${finding.dismissedReason}` : finding.triage],
    ["Identifier", finding.awsId],
    ["Product ARN", finding.productArn],
  ];
  const current = finding.versions.find((v) => v.payloadHash === finding.currentHash) ?? finding.versions[0];

  return (
    <>
      <p className="mb-2 text-sm"><IntentLink href="/findings" className="text-blue-800 underline">← Findings</IntentLink></p>
      <PageHeader title={finding.title} description={finding.description} />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <FindingSeverity label={finding.severityLabel} />
        {finding.incident ? (
          <IntentLink href={`/incidents/${finding.incident.id}`} className="text-blue-800 underline">
            Linked to incident #{finding.incident.reference} <bdi>{finding.incident.title}</bdi>
          </IntentLink>
        ) : (
          <span className="text-sm text-slate-700">
            {finding.linkedToHiddenIncident ? "Linked to a need-to-know incident you are not a member of" : "Not linked to an incident"}
          </span>
        )}
      </div>
      <section aria-labelledby="fields" className="mb-8">
        <h2 id="fields" className="mb-2 text-lg font-semibold">Details</h2>
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm font-semibold text-slate-700">{label}</dt>
              <dd className="min-w-0 break-words [overflow-wrap:anywhere]"><bdi>{value}</bdi></dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="resources" className="mb-8">
        <h2 id="resources" className="mb-2 text-lg font-semibold">Affected resources</h2>
        <ul className="rounded-lg border border-slate-200 bg-white">
          {resources.map((r) => (
            <li key={`${r.type}:${r.id}`} className="border-b border-slate-100 px-4 py-2 last:border-b-0 break-words [overflow-wrap:anywhere]">
              <span className="font-semibold">{r.type}</span> <bdi>{r.name ?? r.id}</bdi>
              {r.name ? <span className="block text-sm text-slate-600"><bdi>{r.id}</bdi></span> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="versions" className="mb-8">
        <h2 id="versions" className="mb-2 text-lg font-semibold">Version history ({finding.versions.length})</h2>
        <ol className="rounded-lg border border-slate-200 bg-white">
          {finding.versions.map((v) => (
            <li key={v.id} className="border-b border-slate-100 px-4 py-2 text-sm last:border-b-0">
              Updated by the provider {when(v.sourceUpdatedAt)} · received {when(v.receivedAt)} via {v.via} · SHA-256{" "}
              <code>{v.payloadHash.slice(0, 12)}…</code>
              {v.payloadHash === finding.currentHash ? " · current" : ""}
            </li>
          ))}
        </ol>
      </section>
      {current ? (
        <section aria-labelledby="raw">
          <h2 id="raw" className="mb-2 text-lg font-semibold">Raw JSON of the current version</h2>
          <pre className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-slate-950 p-4 text-xs text-slate-100" tabIndex={0}>
            {pretty(current.raw)}
          </pre>
        </section>
      ) : null}
    </>
  );
}
