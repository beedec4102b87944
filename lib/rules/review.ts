/** A counsel review of one version of a catalog rule, as pages, the register and the report show it. */
export type TCounselReview = {
  id: string;
  ruleId: string;
  ruleVersion: string;
  reviewerName: string;
  /** The day counsel reviewed the rule (YYYY-MM-DD), as they gave it. */
  reviewedOn: string;
  note: string;
  /** Who typed the review in, and when. */
  recordedByLabel: string;
  recordedAt: string;
};

export const reviewKey = (ruleId: string, ruleVersion: string) => `${ruleId}\u0000${ruleVersion}`;

type TReviewed = { ruleId: string; ruleVersion: string; retiredAt: unknown; counselReview: TCounselReview | null };

/**
 * The rules (at the versions obligations run under) that counsel has not reviewed, once each, in the order given;
 * retired obligations are left out (their rule no longer runs for the incident).
 */
export function unreviewedRules<T extends TReviewed>(obligations: readonly T[]): { ruleId: string; ruleVersion: string }[] {
  const seen = new Set<string>();
  const missing: { ruleId: string; ruleVersion: string }[] = [];
  for (const obligation of obligations) {
    const key = reviewKey(obligation.ruleId, obligation.ruleVersion);
    if (obligation.retiredAt || obligation.counselReview || seen.has(key)) continue;
    seen.add(key);
    missing.push({ ruleId: obligation.ruleId, ruleVersion: obligation.ruleVersion });
  }
  return missing;
}

/** "Reviewed by counsel: Dana Counsel (Outside LLP) on 2026-12-01" or "Not reviewed by counsel at version …". */
export function counselReviewText(review: TCounselReview | null, ruleVersion: string): string {
  return review
    ? `Reviewed by counsel: ${review.reviewerName} on ${review.reviewedOn} (rule version ${review.ruleVersion})`
    : `Not reviewed by counsel at rule version ${ruleVersion}`;
}
