/** Obligations counted by status, in words (never by colour alone). */
export function ObligationStatusList({ byStatus, label }: { byStatus: { status: string; label: string; count: number }[]; label: string }) {
  if (byStatus.length === 0) return <p className="text-slate-700">No obligations in the register yet. They appear once the incident&apos;s facts are evaluated.</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {byStatus.map((row) => (
        <li key={row.status} data-status={row.status} className={`rounded-md border px-3 py-1 text-sm ${row.status === "overdue" ? "border-red-700 bg-red-50 text-red-900" : "border-slate-300 bg-slate-50 text-slate-900"}`}>
          {row.status === "overdue" ? <span aria-hidden="true">⚠ </span> : null}
          <span className="font-semibold">{row.label}</span>: <span className="tabular-nums">{row.count}</span>
        </li>
      ))}
    </ul>
  );
}
