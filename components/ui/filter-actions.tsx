import { IntentLink } from "@/components/ui/intent-link";

/** The buttons of a GET filter form: apply (submit) and clear (back to the unfiltered page). */
export function FilterActions({ clearHref }: { clearHref: string }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className="min-h-10 rounded-md border border-slate-400 bg-white px-4 text-sm font-semibold hover:bg-slate-100">
        Apply filters
      </button>
      <IntentLink href={clearHref} className="inline-flex min-h-10 items-center px-2 text-sm font-semibold text-blue-800 underline">
        Clear
      </IntentLink>
    </div>
  );
}
