import { IntentLink } from "@/components/ui/intent-link";
import { counselReviewText, unreviewedRules, type TCounselReview } from "@/lib/rules/review";

const ruleHref = (ruleId: string) => `/rules/${encodeURIComponent(ruleId)}`;

/** Whether counsel reviewed the obligation's rule at the version it runs under: who and when, or not. */
export function CounselReviewLine({ review, ruleVersion }: { review: TCounselReview | null; ruleVersion: string }) {
  return (
    <span className={`mt-1 block text-xs ${review ? "text-green-900" : "font-semibold text-amber-900"}`} data-counsel-review={review ? "reviewed" : "not-reviewed"}>
      <span aria-hidden="true">{review ? "✓ " : "! "}</span>
      {review ? (
        <>Reviewed by counsel: <bdi>{review.reviewerName}</bdi> on {review.reviewedOn}</>
      ) : (
        counselReviewText(null, ruleVersion)
      )}
    </span>
  );
}

type TRow = { ruleId: string; ruleVersion: string; retiredAt: string | null; counselReview: TCounselReview | null };

/** The rules of this register (at their versions) that counsel has not reviewed, each linked to its review page. */
export function UnreviewedRules({ rows }: { rows: readonly TRow[] }) {
  if (rows.length === 0) return null;
  const missing = unreviewedRules(rows);
  return (
    <section aria-labelledby="unreviewed-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="unreviewed-heading" className="font-semibold">Counsel review of these rules</h2>
      {missing.length === 0 ? (
        <p className="mt-1 text-slate-800">Counsel has reviewed every rule of this register, at the version each obligation runs under.</p>
      ) : (
        <>
          <p className="mt-1 text-slate-800">
            {missing.length} rule{missing.length === 1 ? " has" : "s have"} not been reviewed by counsel at the version the obligation runs under:
          </p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {missing.map((rule) => (
              <li key={`${rule.ruleId} ${rule.ruleVersion}`}>
                <IntentLink className="font-mono text-blue-800 underline" href={ruleHref(rule.ruleId)}>{rule.ruleId}</IntentLink>
                <span className="text-slate-700"> (version {rule.ruleVersion})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
