"use client";

import { CoverageGaps } from "@/components/clocks/coverage-gaps";
import { Instant } from "@/components/ui/instant";
import type { TEvaluation, TObligation, TStatus } from "@/lib/clocks/types";
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

/** The obligation register: one row per (rule, recipient), as the engine returned it (due first). */
export function ObligationRegister({ evaluation }: { evaluation: TEvaluation }) {
  const active = evaluation.obligations.filter((o) => o.applies !== "no");
  const inactive = evaluation.obligations.filter((o) => o.applies === "no");
  const gaps = <CoverageGaps coverage={evaluation.coverage} catalogVersion={evaluation.catalogVersion} />;
  if (evaluation.obligations.length === 0) {
    return (
      <div className="flex flex-col gap-3">
        {gaps}
        <p role="status">No rule of the catalog is touched by these facts. Add affected people or an establishment in a jurisdiction.</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="register-heading" className="flex flex-col gap-3">
      <h2 id="register-heading" className="text-xl font-bold">Obligation register</h2>
      {gaps}
      <p role="status" className="text-sm text-slate-700">
        {active.length} obligation{active.length === 1 ? "" : "s"} apply or are undetermined; {inactive.length} do not apply.
        Statuses as of <Instant value={evaluation.asOf} />. Catalog {evaluation.catalogVersion}.
      </p>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Notification obligations for the hypothetical facts</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">Rule and recipient</th>
              <th scope="col" className="px-3 py-2">Applies</th>
              <th scope="col" className="px-3 py-2">Due</th>
              <th scope="col" className="px-3 py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {[...active, ...inactive].map((obligation) => <Row key={obligation.ruleId} obligation={obligation} />)}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Row({ obligation: o }: { obligation: TObligation }) {
  return (
    <tr className="border-t border-slate-200 align-top" data-rule={o.ruleId}>
      <th scope="row" className="px-3 py-2 font-normal">
        <span className="font-mono font-semibold">{o.ruleId}</span>
        <span className="block">{o.recipient}</span>
        <span className="block text-xs text-slate-600">{o.citation}{o.verification ? ` · verification ${o.verification}` : ""}</span>
      </th>
      <td className="px-3 py-2">
        <span className="font-semibold">{APPLIES_LABELS[o.applies]}</span>
        <span className="block text-xs text-slate-700">{o.reason}</span>
      </td>
      <td className="px-3 py-2">
        {o.due ? (
          <>
            <span className="block font-mono tabular-nums">{o.due}</span>
            <span className="block text-xs text-slate-600">{o.timeZone}</span>
            <span className="block text-xs"><Instant value={o.due} /></span>
          </>
        ) : (
          <span>{o.dueKind === "no_fixed_deadline" ? "No fixed deadline" : o.dueKind === "awaiting_trigger" ? "Not started" : "—"}</span>
        )}
        {o.trigger ? (
          <span className="block text-xs text-slate-600">
            From {o.trigger.moment === "notice" ? `the ${o.trigger.ruleId} notice` : o.trigger.moment}: {o.trigger.at ?? "not declared yet"}
          </span>
        ) : null}
        {o.info?.map((line, index) => (
          <span key={index} className="block text-xs text-slate-700">
            {line.kind.replace("_", " ")}: {line.text}{line.at ? ` (${line.at})` : ""}
          </span>
        ))}
      </td>
      <td className="px-3 py-2"><StatusBadge status={o.status} /></td>
    </tr>
  );
}
