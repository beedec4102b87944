import type { TIncidentStatus, TSeverity } from "@/lib/incidents/schemas";

// Colour is never the only signal: every badge says its value in words, and severity adds a glyph.
const SEVERITY_STYLE: Record<TSeverity, { className: string; glyph: string }> = {
  low: { className: "bg-slate-100 text-slate-800 border-slate-400", glyph: "▁" },
  medium: { className: "bg-amber-50 text-amber-900 border-amber-600", glyph: "▃" },
  high: { className: "bg-orange-100 text-orange-900 border-orange-700", glyph: "▅" },
  critical: { className: "bg-red-100 text-red-900 border-red-700", glyph: "▇" },
};

export function SeverityBadge({ severity }: { severity: TSeverity }) {
  const style = SEVERITY_STYLE[severity];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-semibold uppercase ${style.className}`}>
      <span aria-hidden="true">{style.glyph}</span>
      <span className="sr-only">Severity: </span>
      {severity}
    </span>
  );
}

import { STATUS_LABELS } from "@/lib/incidents/lifecycle";

export { STATUS_LABELS };

export function StatusBadge({ status }: { status: TIncidentStatus }) {
  const closed = status === "closed";
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold ${closed ? "border-slate-400 bg-slate-100 text-slate-700" : "border-blue-700 bg-blue-50 text-blue-900"}`}
    >
      <span className="sr-only">Phase: </span>
      {STATUS_LABELS[status]}
    </span>
  );
}
