import { IntentLink } from "@/components/ui/intent-link";
import { FindingSeverity } from "@/components/findings/finding-severity";

type TBacklog = { severityLabel: string; count: number }[];

/** The dashboard's line about findings nobody has triaged yet: a count per severity and the way to the queue. */
export function TriageBacklog({ backlog }: { backlog: TBacklog }) {
  const total = backlog.reduce((sum, row) => sum + row.count, 0);
  return (
    <section aria-labelledby="triage-backlog-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="triage-backlog-heading" className="text-base font-semibold text-slate-900">
        {total === 0 ? "No finding is waiting for triage" : `${total.toLocaleString("en-US")} finding${total === 1 ? "" : "s"} waiting for triage`}
      </h2>
      {total === 0 ? (
        <p className="mt-1 text-sm text-slate-700">New findings from Security Hub and GuardDuty appear here as they arrive.</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <ul className="flex flex-wrap gap-3" aria-label="By severity">
            {backlog.map((row) => (
              <li key={row.severityLabel} className="flex items-center gap-1 text-sm">
                <FindingSeverity label={row.severityLabel} /> <span className="tabular-nums">{row.count.toLocaleString("en-US")}</span>
              </li>
            ))}
          </ul>
          <IntentLink href="/findings" className="text-sm font-semibold text-blue-800 underline">Triage findings</IntentLink>
        </div>
      )}
    </section>
  );
}
