import { IntentLink } from "@/components/ui/intent-link";
import type { TRuleChange } from "@/lib/rules/catalog-view";
import type { TRuleRow } from "@/lib/rules/service";
import { VERIFICATION_LEVELS } from "@/lib/rules/verification";

export const ruleHref = (ruleId: string) => `/rules/${encodeURIComponent(ruleId)}`;

/** The citation, linked to its source when the rule names one (http(s) only; checked when the view was built). */
export function Citation({ rule }: { rule: Pick<TRuleRow, "citation" | "url"> }) {
  if (!rule.url) return <span>{rule.citation}</span>;
  return (
    <a href={rule.url} className="text-blue-800 underline" target="_blank" rel="noreferrer noopener">
      {rule.citation}
      <span className="sr-only"> (opens the source in a new tab)</span>
    </a>
  );
}

export function Verification({ level }: { level: TRuleRow["verification"] }) {
  return (
    <span>
      <span className="font-mono font-semibold">{level}</span> · {VERIFICATION_LEVELS[level].label}
    </span>
  );
}

export function Change({ change, previousVersion }: { change: TRuleChange | null; previousVersion: string | null }) {
  if (!change || !previousVersion) return <span className="text-slate-700">No earlier version to compare</span>;
  if (change.kind === "added") return <span className="font-semibold text-purple-900">New since {previousVersion}</span>;
  if (change.kind === "revised") return <span className="font-semibold text-purple-900">Revised since {previousVersion} (was version {change.from})</span>;
  return <span className="text-slate-700">Unchanged since {previousVersion}</span>;
}

/** Counsel's review of the current version; a review of an earlier version is shown but said not to count. */
export function ReviewStatus({ rule, withLink = true }: { rule: TRuleRow; withLink?: boolean }) {
  return (
    <div className="flex flex-col gap-1" data-review-status={rule.reviewedNow ? "reviewed" : "not-reviewed"}>
      {rule.review ? (
        <span className="text-green-900">
          <span aria-hidden="true">✓ </span>Reviewed by <bdi className="font-semibold">{rule.review.reviewerName}</bdi> on {rule.review.reviewedOn}
        </span>
      ) : (
        <span className="font-semibold text-amber-900">
          <span aria-hidden="true">! </span>Not reviewed at version {rule.version}
        </span>
      )}
      {!rule.review && rule.earlierReview ? (
        <span className="text-xs text-slate-700">
          Version {rule.earlierReview.ruleVersion} was reviewed by <bdi>{rule.earlierReview.reviewerName}</bdi> on {rule.earlierReview.reviewedOn}; that review does not count for version {rule.version}.
        </span>
      ) : null}
      {withLink ? (
        <IntentLink href={ruleHref(rule.id)} prefetch={false} className="text-xs font-semibold text-blue-800 underline">
          {rule.review ? "Reviews" : "Review"}<span className="sr-only"> of {rule.id}</span>
        </IntentLink>
      ) : null}
    </div>
  );
}

export function WordList({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <span className="text-slate-700">{empty}</span>;
  return (
    <ul className="list-disc space-y-1 pl-4">
      {items.map((item) => <li key={item}>{item}</li>)}
    </ul>
  );
}
