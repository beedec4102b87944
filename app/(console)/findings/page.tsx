import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { ImportForm } from "@/components/findings/import-form";
import { TriageQueue, type TQueueGroup } from "@/components/findings/triage-queue";
import { Alert } from "@/components/ui/alert";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can, whoCan } from "@/lib/auth/policy";
import { groupByResource } from "@/lib/findings/group";
import { ZFindingListQuery } from "@/lib/findings/schemas";
import { listTriageQueue } from "@/lib/findings/service";
import { listCommanderCandidates, listIncidents } from "@/lib/incidents/service";

export const metadata: Metadata = { title: "Findings" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

const TEXT_FILTERS = [
  ["product", "Product"],
  ["type", "Finding type"],
  ["account", "Account"],
  ["region", "Region"],
  ["resource", "Resource ARN or id"],
] as const;
const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL"] as const;

export default async function FindingsPage({ searchParams }: { searchParams: TSearch }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ZFindingListQuery.safeParse(cleaned);
  const items = await listTriageQueue(actor, parsed.success ? parsed.data : {});
  const canTriage = can(actor, "finding.triage");
  const canDeclare = canTriage && can(actor, "incident.declare");
  const commanders = canDeclare ? await listCommanderCandidates(actor) : [];
  const incidents = canTriage ? (await listIncidents(actor, { limit: 100 })).items : [];
  const chosenSeverities = new Set((parsed.success ? (parsed.data.severity ?? []) : []).map((s) => s.toUpperCase()));
  const groups: TQueueGroup[] = groupByResource(items).map((g) => ({
    ...g,
    items: g.items.map((f) => ({
      id: f.id,
      title: f.title,
      severityLabel: f.severityLabel,
      severityRank: f.severityRank,
      productName: f.productName,
      awsAccountId: f.awsAccountId,
      region: f.region,
      types: f.types,
      triage: f.triage,
      updatedAt: f.sourceUpdatedAt.toISOString(),
    })),
  }));

  return (
    <>
      <PageHeader title="Findings" description="New and updated findings not linked to an incident, grouped by affected resource, most severe first." />
      {can(actor, "finding.import") ? (
        <details className="mb-6">
          <summary className="cursor-pointer font-semibold text-blue-800">Import a findings file</summary>
          <div className="mt-3"><ImportForm /></div>
        </details>
      ) : null}
      <form method="get" className="mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4" aria-label="Filter findings">
        <fieldset className="flex flex-col gap-1 sm:col-span-4">
          <legend className="text-sm font-semibold text-slate-800">Severity</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {SEVERITIES.map((severity) => (
              <label key={severity} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="severity" value={severity} defaultChecked={chosenSeverities.has(severity)} className="h-4 w-4" />
                {severity.charAt(0) + severity.slice(1).toLowerCase()}
              </label>
            ))}
          </div>
        </fieldset>
        {TEXT_FILTERS.map(([name, label]) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`filter-${name}`} className="text-sm font-semibold text-slate-800">{label}</label>
            <input id={`filter-${name}`} name={name} aria-describedby="filter-text-hint" defaultValue={typeof raw[name] === "string" ? raw[name] : ""} className="rounded-md border border-slate-400 px-3 py-2" />
          </div>
        ))}
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-since" className="text-sm font-semibold text-slate-800">Updated since (UTC)</label>
          <DateTimeInput ids={{ id: "filter-since", describedBy: undefined, invalid: false }} label="Updated since" name="since" type="date" utc defaultValue={typeof raw.since === "string" ? raw.since.slice(0, 10) : ""} />
        </div>
        <p id="filter-text-hint" className="text-sm text-slate-600 sm:col-span-3">Text filters match any part of the value, in any case.</p>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white">Apply filters</button>
          <IntentLink href="/findings" className="text-sm font-semibold text-blue-800 underline">Clear</IntentLink>
        </div>
      </form>
      {!parsed.success ? (
        <Alert tone="error" title="Some filters were not understood">The list below is unfiltered. Check the dates and try again.</Alert>
      ) : null}
      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{Object.keys(cleaned).length ? "No finding matches these filters" : "Nothing to triage"}</h2>
          <p className="mt-1 text-slate-700">
            {Object.keys(cleaned).length
              ? "Clear or change the filters to see more."
              : "New findings arrive from EventBridge pushes and file imports. Import a file above to get started."}
          </p>
        </div>
      ) : (
        <TriageQueue
          groups={groups}
          canTriage={canTriage}
          canDeclare={canDeclare}
          whyNot={whoCan("finding.triage")}
          commanders={commanders}
          defaultCommanderId={commanders.some((c) => c.id === actor.id) ? actor.id : (commanders[0]?.id ?? "")}
          incidents={incidents}
        />
      )}
    </>
  );
}
