// Severity in words plus a glyph, never colour alone.
const STYLE: Record<string, { className: string; glyph: string }> = {
  INFORMATIONAL: { className: "bg-slate-50 text-slate-700 border-slate-300", glyph: "·" },
  LOW: { className: "bg-slate-100 text-slate-800 border-slate-400", glyph: "▁" },
  MEDIUM: { className: "bg-amber-50 text-amber-900 border-amber-600", glyph: "▃" },
  HIGH: { className: "bg-orange-100 text-orange-900 border-orange-700", glyph: "▅" },
  CRITICAL: { className: "bg-red-100 text-red-900 border-red-700", glyph: "▇" },
};

export function FindingSeverity({ label }: { label: string }) {
  const style = STYLE[label] ?? STYLE.INFORMATIONAL!;
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.glyph}</span>
      <span className="sr-only">Severity: </span>
      {label}
    </span>
  );
}
