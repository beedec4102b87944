import { FilterActions } from "@/components/ui/filter-actions";
import { INCIDENT_STATUSES, SEVERITIES } from "@/lib/incidents/schemas";
import { STATUS_LABELS } from "@/components/ui/badges";

/** A plain GET form: filters live in the URL, work without JavaScript and can be shared. */
export function IncidentFilters({ status, severity, q = "" }: { status: string[]; severity: string[]; q?: string }) {
  return (
    <form method="get" action="/incidents" role="search" aria-label="Search and filter incidents" className="mb-4 flex flex-wrap items-end gap-6 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex min-w-64 flex-col gap-1">
        <label htmlFor="incident-search" className="text-sm font-semibold text-slate-800">Search</label>
        <input
          id="incident-search"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          aria-describedby="incident-search-hint"
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        />
        <p id="incident-search-hint" className="text-sm text-slate-600">Title, summary, notes and decisions, or a reference like INC-0042.</p>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Phase</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {INCIDENT_STATUSES.map((value) => (
            <label key={value} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="status" value={value} defaultChecked={status.includes(value)} className="size-4" />
              {STATUS_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Severity</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {SEVERITIES.map((value) => (
            <label key={value} className="flex items-center gap-1 text-sm capitalize">
              <input type="checkbox" name="severity" value={value} defaultChecked={severity.includes(value)} className="size-4" />
              {value}
            </label>
          ))}
        </div>
      </fieldset>
      <FilterActions clearHref="/incidents" />
    </form>
  );
}
