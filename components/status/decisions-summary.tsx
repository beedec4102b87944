import { IntentLink } from "@/components/ui/intent-link";
import { DecisionTag } from "@/components/status/decisions-awaiting-list";
import { decisionsCountText, type TDecision } from "@/lib/status/decisions-awaiting";

/** A table cell's view of what waits on one incident: the count, the first few, and a link to the full list. */
export function DecisionsSummary({ incidentId, decisions, shown = 3 }: { incidentId: string; decisions: readonly TDecision[]; shown?: number }) {
  if (decisions.length === 0) return <span className="text-slate-700">{decisionsCountText(0)}</span>;
  return (
    <div className="flex min-w-48 flex-col gap-1 text-sm">
      <IntentLink href={`/incidents/${incidentId}/status#awaiting`} className="font-semibold text-blue-800 underline">{decisionsCountText(decisions.length)}</IntentLink>
      <ul className="flex flex-col gap-1">
        {decisions.slice(0, shown).map((d) => (
          <li key={d.id} className="flex flex-wrap items-baseline gap-1 break-words">
            <DecisionTag kind={d.kind} /> <span>{d.what}</span>
          </li>
        ))}
      </ul>
      {decisions.length > shown ? <span className="text-slate-700">and {decisions.length - shown} more</span> : null}
    </div>
  );
}
