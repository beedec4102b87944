import { Instant } from "@/components/ui/instant";

/** The earliest due instant among an incident's open obligations (dashboard cell). */
export function NextDeadline({ next }: { next: { ruleId: string; recipient: string; dueAt: Date; overdue: boolean } | null }) {
  if (!next) return <span className="text-slate-600">None open</span>;
  return (
    <span className="text-sm">
      <span className="block font-mono font-semibold">{next.ruleId}</span>
      <span className="block">{next.overdue ? <span className="font-semibold text-red-800"><span aria-hidden="true">✕ </span>Overdue since </span> : null}<Instant value={next.dueAt} /></span>
    </span>
  );
}
