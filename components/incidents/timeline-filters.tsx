import { IntentLink } from "@/components/ui/intent-link";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { TIMELINE_KIND_LABELS, TIMELINE_KINDS } from "@/lib/timeline/event-kinds";

type TProps = { incidentId: string; kind: string[]; role: string | undefined; sort: string };

/** A plain GET form: the timeline view lives in the URL and works without JavaScript. */
export function TimelineFilters({ incidentId, kind, role, sort }: TProps) {
  const control = "mt-1 max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
  return (
    <form method="get" action={`/incidents/${incidentId}`} className="mb-4 flex flex-wrap items-end gap-4" aria-label="Timeline filters">
      <label className="flex min-w-0 max-w-full flex-col text-sm font-semibold text-slate-800">
        Kind
        <select name="kind" defaultValue={kind[0] ?? ""} className={control}>
          <option value="">All kinds</option>
          {TIMELINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {TIMELINE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col text-sm font-semibold text-slate-800">
        Recorded by role
        <select name="role" defaultValue={role ?? ""} className={control}>
          <option value="">Any role</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col text-sm font-semibold text-slate-800">
        Sort by
        <select name="sort" defaultValue={sort} className={control}>
          <option value="recorded">When recorded (newest first)</option>
          <option value="occurred">When it happened (newest first)</option>
        </select>
      </label>
      <button type="submit" className="min-h-10 rounded-md border border-slate-400 bg-white px-4 text-sm font-semibold hover:bg-slate-100">
        Apply
      </button>
      <IntentLink href={`/incidents/${incidentId}`} className="inline-flex min-h-10 items-center px-2 text-sm font-semibold text-blue-800 underline">
        Clear
      </IntentLink>
    </form>
  );
}
