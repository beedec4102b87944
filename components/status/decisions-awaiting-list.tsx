import { IntentLink } from "@/components/ui/intent-link";
import { Instant } from "@/components/ui/instant";
import type { TDecision, TDecisionKind } from "@/lib/status/decisions-awaiting";

/** A tag per kind, in words and a glyph, so the list scans without colour. */
const KIND_TAGS: Record<TDecisionKind, { label: string; glyph: string; className: string }> = {
  approval_deadlock: { label: "Stuck", glyph: "✕", className: "border-red-700 bg-red-50 text-red-900" },
  awaiting_trigger: { label: "Clock not started", glyph: "◷", className: "border-amber-700 bg-amber-50 text-amber-900" },
  coverage_gap: { label: "No rules", glyph: "?", className: "border-red-700 bg-red-50 text-red-900" },
  undetermined: { label: "Needs an answer", glyph: "?", className: "border-amber-700 bg-amber-50 text-amber-900" },
  containment_approval: { label: "Your approval", glyph: "✓", className: "border-blue-700 bg-blue-50 text-blue-900" },
  notice_blocked: { label: "Blocked", glyph: "✕", className: "border-amber-700 bg-amber-50 text-amber-900" },
  draft_notice: { label: "To draft", glyph: "✎", className: "border-blue-700 bg-blue-50 text-blue-900" },
  notice_ready: { label: "Ready to send", glyph: "➤", className: "border-green-700 bg-green-50 text-green-900" },
  delivery_pending: { label: "Not delivered", glyph: "!", className: "border-amber-700 bg-amber-50 text-amber-900" },
  not_reached: { label: "Not reached", glyph: "!", className: "border-red-700 bg-red-50 text-red-900" },
  no_owner: { label: "No owner", glyph: "○", className: "border-slate-500 bg-slate-50 text-slate-900" },
};

export function DecisionTag({ kind }: { kind: TDecisionKind }) {
  const tag = KIND_TAGS[kind];
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${tag.className}`}>
      <span aria-hidden="true">{tag.glyph}</span>
      {tag.label}
    </span>
  );
}

/**
 * What waits for someone, as decisionsAwaiting derived it: each item says what, why, by when, and links to where it is
 * done. A fix only an administrator can make is a link for administrators and a sentence for everyone else.
 */
export function DecisionsAwaitingList({ decisions, isAdmin, label, limit = 20 }: { decisions: readonly TDecision[]; isAdmin: boolean; label: string; limit?: number }) {
  if (decisions.length === 0) {
    return <p className="text-slate-700"><span aria-hidden="true">✓ </span>Nothing is waiting for a decision: every obligation that applies is met and every notice is sent.</p>;
  }
  const shown = decisions.slice(0, limit);
  return (
    <>
      <ul aria-label={label} className="flex flex-col divide-y divide-slate-200">
        {shown.map((d) => (
          <li key={d.id} className="flex flex-col gap-1 py-2 first:pt-0 last:pb-0">
            <p className="flex flex-wrap items-center gap-2">
              <DecisionTag kind={d.kind} />
              <span className="font-semibold text-slate-900 break-words">{d.what}</span>
            </p>
            <p className="text-sm text-slate-800 break-words">
              {d.why}
              {d.dueAt ? <> Due <Instant value={d.dueAt} />.</> : null}
            </p>
            {d.action || d.adminFix ? (
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {d.action ? <IntentLink className="font-semibold text-blue-800 underline" href={d.action.href}>{d.action.label}</IntentLink> : null}
                {d.adminFix ? (
                  isAdmin ? (
                    <IntentLink className="font-semibold text-blue-800 underline" href={d.adminFix.href}>{d.adminFix.label}</IntentLink>
                  ) : (
                    <span className="text-slate-800">Ask an administrator to fix this.</span>
                  )
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {decisions.length > shown.length ? <p className="mt-2 text-sm text-slate-700">And {decisions.length - shown.length} more.</p> : null}
    </>
  );
}
