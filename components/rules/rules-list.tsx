import { Change, Citation, ReviewStatus, Verification, WordList } from "@/components/rules/rule-parts";
import type { TRuleRow } from "@/lib/rules/service";

type TProps = { rows: TRuleRow[]; previousVersion: string | null };

/** A table from 768 px; below it, one card per rule (the same content, stacked), so a phone reads it without scrolling sideways. */
export function RulesList(props: TProps) {
  return (
    <>
      <div className="hidden md:block">
        <RulesTable {...props} />
      </div>
      <ul aria-label="Rules of the catalog" className="flex flex-col gap-3 md:hidden">
        {props.rows.map((rule) => <RuleCard key={rule.id} rule={rule} previousVersion={props.previousVersion} />)}
      </ul>
    </>
  );
}

function Conditions({ rule }: { rule: TRuleRow }) {
  return (
    <>
      <WordList items={rule.thresholds} empty="No count threshold" />
      {rule.gates.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold text-slate-800">
            {rule.gates.length} other condition{rule.gates.length === 1 ? "" : "s"}<span className="sr-only"> of {rule.id}</span>
          </summary>
          <div className="mt-1"><WordList items={rule.gates} empty="" /></div>
        </details>
      ) : null}
    </>
  );
}

function RulesTable({ rows, previousVersion }: TProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Rules of the catalog: jurisdiction, recipient, when the clock starts, deadline, conditions, source and counsel review</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Jurisdiction and recipient</th>
            <th scope="col" className="px-3 py-2">Starts, deadline</th>
            <th scope="col" className="px-3 py-2">Thresholds and conditions</th>
            <th scope="col" className="px-3 py-2">Citation, verification</th>
            <th scope="col" className="px-3 py-2">Counsel review</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((rule) => (
            <tr key={rule.id} className="border-t border-slate-200 align-top" data-rule={rule.id}>
              <th scope="row" className="px-3 py-2 font-normal">
                <span className="block font-semibold">{rule.jurisdictionName}</span>
                <span className="block">{rule.recipient}</span>
                <span className="block font-mono text-xs text-slate-700">{rule.id}</span>
                <span className="block text-xs text-slate-700">Version {rule.version}</span>
                <span className="block text-xs"><Change change={rule.change} previousVersion={previousVersion} /></span>
              </th>
              <td className="px-3 py-2">
                <span className="block">{rule.trigger}</span>
                <span className="mt-1 block font-semibold">{rule.deadline}</span>
                <span className="block text-xs text-slate-700">{rule.zone}</span>
              </td>
              <td className="px-3 py-2"><Conditions rule={rule} /></td>
              <td className="px-3 py-2">
                <span className="block"><Citation rule={rule} /></span>
                <span className="mt-1 block text-xs"><Verification level={rule.verification} /></span>
              </td>
              <td className="px-3 py-2"><ReviewStatus rule={rule} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RuleCard({ rule, previousVersion }: { rule: TRuleRow; previousVersion: string | null }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-rule-card={rule.id}>
      <h2 className="font-semibold">{rule.jurisdictionName}: {rule.recipient}</h2>
      <p className="break-words font-mono text-xs text-slate-700">{rule.id} · version {rule.version}</p>
      <dl className="mt-2 grid grid-cols-1 gap-y-2">
        <div><dt className="font-semibold text-slate-700">Deadline</dt><dd>{rule.deadline} <span className="block text-xs text-slate-700">{rule.zone}</span></dd></div>
        <div><dt className="font-semibold text-slate-700">Starts</dt><dd>{rule.trigger}</dd></div>
        <div><dt className="font-semibold text-slate-700">Thresholds and conditions</dt><dd><Conditions rule={rule} /></dd></div>
        <div><dt className="font-semibold text-slate-700">Citation</dt><dd className="break-words"><Citation rule={rule} /></dd></div>
        <div><dt className="font-semibold text-slate-700">Verification</dt><dd><Verification level={rule.verification} /></dd></div>
        <div><dt className="font-semibold text-slate-700">Counsel review</dt><dd><ReviewStatus rule={rule} /></dd></div>
        <div><dt className="font-semibold text-slate-700">Since the last version</dt><dd><Change change={rule.change} previousVersion={previousVersion} /></dd></div>
      </dl>
    </li>
  );
}
