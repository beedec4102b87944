const STATUS: Record<string, { label: string; glyph: string; className: string }> = {
  awaiting_approval: { label: "Awaiting approval", glyph: "◷", className: "border-amber-600 bg-amber-50 text-amber-900" },
  rejected: { label: "Rejected", glyph: "✕", className: "border-red-700 bg-red-50 text-red-900" },
  incomplete: { label: "Approved but incomplete", glyph: "!", className: "border-amber-600 bg-amber-50 text-amber-900" },
  approved: { label: "Approved — ready to send", glyph: "✓", className: "border-green-700 bg-green-50 text-green-900" },
  sent: { label: "Sent", glyph: "➤", className: "border-slate-500 bg-slate-100 text-slate-800" },
};

/** A notice's state in words and a glyph, never by colour alone. */
export function NoticeStatus({ status }: { status: string }) {
  const style = STATUS[status] ?? { label: status, glyph: "•", className: "border-slate-400 bg-white text-slate-800" };
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.glyph}</span>
      <span className="sr-only">Status: </span>
      {style.label}
    </span>
  );
}
