import type { TVerification } from "@/lib/clocks/types";
import { jurisdictionName } from "@/lib/clocks/jurisdictions";
import type { TReviewFilter } from "@/lib/rules/schemas";

export type TRuleFilters = { jurisdiction: string; verification: TVerification | null; review: TReviewFilter | null };

type TFilterable = { jurisdiction: string; jurisdictionName: string; verification: TVerification; reviewedNow: boolean };

const CODE_SHAPED = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/;

/**
 * Whether a rule's jurisdiction is the one typed: a code ("US-CA", "us-ca"; "US" also takes every US state, as a
 * country takes its subdivisions; "GB" finds the UK rows by name) or part of a name ("California", "calif").
 */
export function matchesJurisdiction(query: string, code: string, name: string): boolean {
  const typed = query.trim();
  if (!typed) return true;
  const upper = typed.toUpperCase();
  // A real code ("CA" is Canada) means that jurisdiction, not every name containing the letters ("California").
  if (CODE_SHAPED.test(typed) && jurisdictionName(upper) !== upper) {
    return code === upper || code.startsWith(`${upper}-`) || sameName(jurisdictionName(upper), name);
  }
  return name.toLocaleLowerCase("en").includes(typed.toLocaleLowerCase("en"));
}

/** "the United Kingdom" in a sentence and "The United Kingdom" in a column name the same place. */
function sameName(a: string, b: string): boolean {
  const bare = (name: string) => name.replace(/^the /i, "");
  return bare(a).localeCompare(bare(b), "en", { sensitivity: "accent" }) === 0;
}

export function filterRules<T extends TFilterable>(rows: readonly T[], filters: TRuleFilters): T[] {
  return rows.filter(
    (row) =>
      matchesJurisdiction(filters.jurisdiction, row.jurisdiction, row.jurisdictionName) &&
      (filters.verification === null || row.verification === filters.verification) &&
      (filters.review === null || (filters.review === "reviewed") === row.reviewedNow),
  );
}

const VERIFICATIONS: readonly string[] = ["V", "S", "U", "P"];
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The page's filters from its query string; a value that names nothing is no filter (the form never sends one). */
export function parseRuleFilters(query: Record<string, string | string[] | undefined>): TRuleFilters {
  const verification = first(query.verification).toUpperCase();
  const review = first(query.review);
  return {
    jurisdiction: first(query.jurisdiction).trim().slice(0, 100),
    verification: VERIFICATIONS.includes(verification) ? (verification as TVerification) : null,
    review: review === "reviewed" || review === "not_reviewed" ? review : null,
  };
}
