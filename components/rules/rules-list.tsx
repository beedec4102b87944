import type { ReactNode } from "react";
import { Change, Citation, ReviewStatus, Verification, WordList } from "@/components/rules/rule-parts";
import type { TRuleRow } from "@/lib/rules/service";

type TProps = { rows: TRuleRow[]; previousVersion: string | null };

/**
 * One table: columns from 768 px, below that each row stacks as a card with its own labels, so a phone reads it
 * without scrolling sideways. The explicit roles keep the table's semantics when CSS changes how it is displayed,
 * and the page renders each rule once (a catalog of every state is long).
 */
export function RulesList({ rows, previousVersion }: TProps) {
  return (
    <div className="md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white">
      <table role="table" className="block w-full text-left text-sm md:table">
        <caption className="sr-only">Rules of the catalog: jurisdiction, recipient, when the clock starts, deadline, conditions, source and counsel review</caption>
        <thead role="rowgroup" className="hidden bg-slate-50 text-slate-700 md:table-header-group">
          <tr role="row">
            <th role="columnheader" scope="col" className="w-52 px-3 py-2">Jurisdiction and recipient</th>
            <th role="columnheader" scope="col" className="w-56 px-3 py-2">Starts, deadline</th>
            <th role="columnheader" scope="col" className="px-3 py-2">Thresholds and conditions</th>
            <th role="columnheader" scope="col" className="px-3 py-2">Citation, verification</th>
            <th role="columnheader" scope="col" className="w-44 px-3 py-2">Counsel review</th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="flex flex-col gap-3 md:table-row-group">
          {rows.map((rule) => (
            <tr
              key={rule.id}
              role="row"
              data-rule={rule.id}
              className="block rounded-lg border border-slate-200 bg-white p-3 align-top md:table-row md:rounded-none md:border-0 md:border-t md:p-0"
            >
              <th role="rowheader" scope="row" className="block font-normal md:table-cell md:px-3 md:py-2">
                <span className="block font-semibold">{rule.jurisdictionName}</span>
                <span className="block">{rule.recipient}</span>
                <span className="block break-words font-mono text-xs text-slate-700">{rule.id}</span>
                <span className="block text-xs text-slate-700">Version {rule.version}</span>
                {previousVersion ? <span className="block text-xs"><Change change={rule.change} previousVersion={previousVersion} /></span> : null}
              </th>
              <Cell label="Starts, deadline">
                <span className="block">{rule.trigger}</span>
                <span className="mt-1 block font-semibold">{rule.deadline}</span>
                <span className="block text-xs text-slate-700">{rule.zone}</span>
              </Cell>
              <Cell label="Thresholds and conditions">
                <WordList items={rule.thresholds} empty="No count threshold" />
                {rule.gates.length > 0 ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer font-semibold text-slate-800">
                      {rule.gates.length} other condition{rule.gates.length === 1 ? "" : "s"}<span className="sr-only"> of {rule.id}</span>
                    </summary>
                    <div className="mt-1"><WordList items={rule.gates} empty="" /></div>
                  </details>
                ) : null}
              </Cell>
              <Cell label="Citation, verification">
                <span className="block break-words"><Citation rule={rule} /></span>
                <span className="mt-1 block text-xs"><Verification level={rule.verification} /></span>
              </Cell>
              <Cell label="Counsel review"><ReviewStatus rule={rule} /></Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A cell that says what it holds when the row is stacked (on a phone the column headers are not shown). */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td role="cell" className="mt-2 block md:mt-0 md:table-cell md:px-3 md:py-2">
      <span className="block text-xs font-semibold uppercase tracking-wide text-slate-700 md:hidden">{label}</span>
      {children}
    </td>
  );
}
