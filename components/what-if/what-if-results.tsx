import { CoverageGaps } from "@/components/clocks/coverage-gaps";
import { StatusBadge } from "@/components/clocks/obligation-register";
import { coverageGaps } from "@/lib/clocks/coverage";
import type { TWhatIfItem, TWhatIfResults } from "@/lib/what-if/results";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * The What-if answer in words (lib/what-if/results.ts): what applies and when it is due in the viewer's zone, what
 * waits for its start, jurisdictions without rules, what is not yet determined and what would decide it, and — folded
 * away — what does not apply and why. Every string comes from the results as text.
 */
export function WhatIfResultsView({ results }: { results: TWhatIfResults }) {
  const gaps = coverageGaps(results.coverage);
  const summary = [
    `${plural(results.applies.length, "obligation applies", "obligations apply")}`,
    `${plural(results.awaiting.length, "waits", "wait")} for the moment that starts ${results.awaiting.length === 1 ? "it" : "them"}`,
    ...(gaps.length ? [plural(gaps.length, "jurisdiction has no rules", "jurisdictions have no rules")] : []),
    `${plural(results.undetermined.length, "is", "are")} not yet determined`,
    `${plural(results.notApplicable.length, "rule does", "rules do")} not apply`,
  ];
  return (
    <section aria-labelledby="what-if-results-heading" className="flex flex-col gap-5" data-testid="what-if-results">
      <div>
        <h2 id="what-if-results-heading" className="text-xl font-bold">What these facts mean</h2>
        <p className="mt-1 text-sm text-slate-700">
          {summary.join("; ")}. Statuses as of {results.asOf}; times in your time zone ({results.viewerZone}). Catalog {results.catalogVersion}.
        </p>
      </div>

      <Group id="applies" title={`Obligations that apply (${results.applies.length})`} empty="No obligation applies on these facts yet.">
        {results.applies.map((item) => <Item key={item.ruleId} item={item} />)}
      </Group>

      {results.awaiting.length > 0 ? (
        <Group id="awaiting" title={`Apply, but the clock has not started (${results.awaiting.length})`}>
          {results.awaiting.map((item) => <Item key={item.ruleId} item={item} />)}
        </Group>
      ) : null}

      <CoverageGaps coverage={results.coverage} catalogVersion={results.catalogVersion} headingLevel={3} />

      {results.undetermined.length > 0 ? (
        <Group id="undetermined" title={`Not yet determined (${results.undetermined.length})`} description="Each may apply: answering the facts listed decides it.">
          {results.undetermined.map((item) => <Item key={item.ruleId} item={item} />)}
        </Group>
      ) : null}

      {results.notApplicable.length > 0 ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{plural(results.notApplicable.length, "rule does", "rules do")} not apply, with the reason</summary>
          <ul className="mt-3 flex flex-col gap-2 text-sm" aria-label="Rules that do not apply">
            {results.notApplicable.map((item) => (
              <li key={item.ruleId} data-rule={item.ruleId} className="border-t border-slate-100 pt-2">
                <span className="font-semibold">{item.title}</span>: {item.reason}
                <span className="block text-xs text-slate-600">{item.law}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Group({ id, title, description, empty, children }: { id: string; title: string; description?: string; empty?: string; children: React.ReactNode[] }) {
  return (
    <section aria-labelledby={`what-if-${id}`}>
      <h3 id={`what-if-${id}`} className="text-lg font-semibold">{title}</h3>
      {description ? <p className="text-sm text-slate-700">{description}</p> : null}
      {children.length === 0 && empty ? (
        <p className="mt-2 rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-3" aria-labelledby={`what-if-${id}`}>{children}</ul>
      )}
    </section>
  );
}

function Item({ item }: { item: TWhatIfItem }) {
  return (
    <li data-rule={item.ruleId} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 className="font-semibold">{item.title}</h4>
        {item.decidedBy.length === 0 ? <StatusBadge status={item.status} /> : null}
      </div>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        {item.startsWhen ? (
          <>
            <dt className="font-semibold text-slate-700">Starts</dt>
            <dd>{item.startsWhen}</dd>
          </>
        ) : null}
        {item.startsWhen === null ? (
          <>
            <dt className="font-semibold text-slate-700">{item.decidedBy.length > 0 ? "Due if it applies" : "Due"}</dt>
            <dd>
              {item.due ? <strong className="tabular-nums">{item.due}</strong> : "No fixed deadline"}
              {item.dueAsTheLawCounts ? <span className="block text-slate-600">{item.dueAsTheLawCounts}</span> : null}
            </dd>
          </>
        ) : null}
        {item.due === null && item.startsWhen === null && item.deadline === "No fixed deadline" ? null : (
          <>
            <dt className="font-semibold text-slate-700">Deadline</dt>
            <dd>{item.deadline}</dd>
          </>
        )}
        {item.decidedBy.length > 0 ? (
          <>
            <dt className="font-semibold text-slate-700">Decided by</dt>
            <dd>
              <ul className="list-disc pl-5">
                {item.decidedBy.map((fact, index) => (
                  <li key={index}>
                    <span className="font-semibold">{fact.fact}</span>: {fact.detail}
                    {fact.onForm ? null : <span className="text-slate-600"> (not on this form)</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : (
          <>
            <dt className="font-semibold text-slate-700">Why</dt>
            <dd>{item.reason}</dd>
          </>
        )}
        <dt className="font-semibold text-slate-700">Law</dt>
        <dd>{item.law}</dd>
        {item.notes.length > 0 ? (
          <>
            <dt className="font-semibold text-slate-700">Notes</dt>
            <dd>
              <ul className="list-disc pl-5">
                {item.notes.map((note, index) => <li key={index}>{note}</li>)}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
