import type { TDiffPart } from "@/lib/notices/diff";

/** A line diff as text: additions and removals marked with +/− and words for screen readers, not colour alone. */
export function TextDiff({ parts, label }: { parts: TDiffPart[]; label: string }) {
  return (
    // Focusable so a keyboard user can scroll a long diff (WCAG 2.1.1; axe: scrollable-region-focusable).
    <pre tabIndex={0} role="region" aria-label={label} className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded border border-slate-300 bg-slate-50 p-3 font-mono text-xs text-slate-900">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text.replace(/^/gm, "  ").replace(/ {2}$/, "")}</span>
        ) : part.kind === "added" ? (
          <ins key={index} className="bg-green-100 text-green-950 no-underline">
            <span className="sr-only">Added: </span>
            {part.text.replace(/^/gm, "+ ").replace(/\+ $/, "")}
          </ins>
        ) : (
          <del key={index} className="bg-red-100 text-red-950">
            <span className="sr-only">Removed: </span>
            {part.text.replace(/^/gm, "− ").replace(/− $/, "")}
          </del>
        ),
      )}
    </pre>
  );
}
