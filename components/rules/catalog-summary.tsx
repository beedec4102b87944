import { IntentLink } from "@/components/ui/intent-link";
import { Alert } from "@/components/ui/alert";
import type { TCatalogChanges } from "@/lib/clocks/catalog/releases-check";
import { ruleHref } from "@/components/rules/rule-parts";
import { VERIFICATION_LEVELS, VERIFICATION_ORDER } from "@/lib/rules/verification";

/**
 * The catalog version, what changed since the previous recorded version (from the recorded rule ids, versions and
 * digests, not from anyone's memory), and what the verification levels mean.
 */
export function CatalogSummary({
  catalogVersion, changes, problems, total, reviewedCount,
}: { catalogVersion: string; changes: TCatalogChanges; problems: string[]; total: number; reviewedCount: number }) {
  return (
    <section aria-labelledby="catalog-heading" className="mb-4 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm md:grid-cols-2">
      <div>
        <h2 id="catalog-heading" className="text-base font-semibold">Catalog {catalogVersion}</h2>
        <p className="mt-1 text-slate-800">
          {total} rules; counsel has reviewed {reviewedCount} of them at their current version.
        </p>
        {problems.length > 0 ? (
          <div className="mt-2">
            <Alert tone="error" title="What changed cannot be trusted for this catalog">
              <ul className="list-disc pl-4">{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
            </Alert>
          </div>
        ) : null}
        <h3 className="mt-3 font-semibold">What changed</h3>
        {changes.previousVersion === null ? (
          <p className="text-slate-800">This is the first recorded catalog version: there is no earlier version to compare with.</p>
        ) : (
          <ChangeList changes={changes} />
        )}
      </div>
      <div>
        <h2 className="text-base font-semibold">Verification levels</h2>
        <dl className="mt-1 grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {VERIFICATION_ORDER.map((level) => (
            <div key={level} className="contents">
              <dt className="font-mono font-semibold">{level} · {VERIFICATION_LEVELS[level].label}</dt>
              <dd className="text-slate-800">{VERIFICATION_LEVELS[level].meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-slate-700">
          A counsel review counts for the rule version it names. When a rule gets a new version, a review of the earlier version
          no longer counts for it, and the rule shows as not reviewed until counsel reviews the new version.
        </p>
      </div>
    </section>
  );
}

function ChangeList({ changes }: { changes: TCatalogChanges }) {
  const none = changes.added.length + changes.revised.length + changes.removed.length === 0;
  if (none) return <p className="text-slate-800">No rule changed since {changes.previousVersion}.</p>;
  return (
    <ul className="list-disc pl-4 text-slate-800">
      <li>{changes.added.length} new since {changes.previousVersion}</li>
      <li>{changes.revised.length} revised (a new rule version)</li>
      <li>
        {changes.removed.length} removed
        {changes.removed.length > 0 ? (
          <>: {changes.removed.map((rule, index) => (
            <span key={rule.id}>{index > 0 ? ", " : ""}<span className="font-mono">{rule.id}</span> (version {rule.version})</span>
          ))}</>
        ) : null}
      </li>
      {changes.revised.length > 0 ? (
        <li>
          Revised:{" "}
          {changes.revised.map((rule, index) => (
            <span key={rule.id}>{index > 0 ? ", " : ""}<IntentLink className="font-mono text-blue-800 underline" href={ruleHref(rule.id)}>{rule.id}</IntentLink> ({rule.from} → {rule.to})</span>
          ))}
        </li>
      ) : null}
    </ul>
  );
}
