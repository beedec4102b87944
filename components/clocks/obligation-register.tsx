"use client";

import type { TStatus } from "@/lib/clocks/types";
import { OBLIGATION_STATUS_LABELS } from "@/lib/status/status";

// Colour is never the only signal: every status says its value in words and carries a glyph.
export const STATUS_STYLES: Record<TStatus, { label: string; glyph: string; className: string }> = {
  overdue: { label: OBLIGATION_STATUS_LABELS.overdue, glyph: "✕", className: "border-red-700 bg-red-100 text-red-900" },
  due_soon: { label: OBLIGATION_STATUS_LABELS.due_soon, glyph: "!", className: "border-amber-700 bg-amber-50 text-amber-900" },
  on_track: { label: OBLIGATION_STATUS_LABELS.on_track, glyph: "○", className: "border-blue-700 bg-blue-50 text-blue-900" },
  met: { label: OBLIGATION_STATUS_LABELS.met, glyph: "✓", className: "border-green-700 bg-green-50 text-green-900" },
  met_late: { label: OBLIGATION_STATUS_LABELS.met_late, glyph: "✓!", className: "border-orange-700 bg-orange-50 text-orange-900" },
  awaiting_trigger: { label: OBLIGATION_STATUS_LABELS.awaiting_trigger, glyph: "…", className: "border-slate-500 bg-slate-100 text-slate-800" },
  not_applicable: { label: OBLIGATION_STATUS_LABELS.not_applicable, glyph: "–", className: "border-slate-300 bg-white text-slate-700" },
};

export const APPLIES_LABELS = { yes: "Applies", no: "Does not apply", undetermined: "Undetermined" } as const;

export function StatusBadge({ status }: { status: TStatus }) {
  const style = STATUS_STYLES[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.glyph}</span>
      {style.label}
    </span>
  );
}
