import { FilterActions } from "@/components/ui/filter-actions";
import type { TRuleFilters } from "@/lib/rules/filter";
import { VERIFICATION_LEVELS, VERIFICATION_ORDER } from "@/lib/rules/verification";

const CONTROL = "rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

/** A plain GET form: the filters live in the URL, work without JavaScript and can be shared with counsel. */
export function RuleFilters({ filters, jurisdictions }: { filters: TRuleFilters; jurisdictions: { code: string; name: string }[] }) {
  return (
    <form method="get" action="/rules" role="search" aria-label="Filter rules" className="mb-4 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor="rule-jurisdiction" className="text-sm font-semibold text-slate-800">Jurisdiction</label>
        <input
          id="rule-jurisdiction"
          name="jurisdiction"
          type="search"
          list="rule-jurisdictions"
          defaultValue={filters.jurisdiction}
          maxLength={100}
          aria-describedby="rule-jurisdiction-hint"
          className={CONTROL}
        />
        <datalist id="rule-jurisdictions">
          {jurisdictions.map((j) => <option key={j.code} value={j.name} label={j.code} />)}
        </datalist>
        <p id="rule-jurisdiction-hint" className="text-sm text-slate-600">A name or a code: California, US-CA, Canada, EU.</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="rule-verification" className="text-sm font-semibold text-slate-800">Verification</label>
        <select id="rule-verification" name="verification" defaultValue={filters.verification ?? ""} className={CONTROL}>
          <option value="">Any level</option>
          {VERIFICATION_ORDER.map((level) => <option key={level} value={level}>{level} · {VERIFICATION_LEVELS[level].label}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="rule-review" className="text-sm font-semibold text-slate-800">Counsel review</label>
        <select id="rule-review" name="review" defaultValue={filters.review ?? ""} className={CONTROL}>
          <option value="">Reviewed or not</option>
          <option value="reviewed">Reviewed (current version)</option>
          <option value="not_reviewed">Not reviewed</option>
        </select>
      </div>
      <FilterActions clearHref="/rules" />
    </form>
  );
}
