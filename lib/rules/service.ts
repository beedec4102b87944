import "server-only";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { invalidParamsFromZod } from "@/lib/http/zod-issues";
import { catalogView, type TRuleView } from "@/lib/rules/catalog-view";
import { filterRules, type TRuleFilters } from "@/lib/rules/filter";
import { findLatestReviews, findRuleReviews, insertRuleReview } from "@/lib/rules/queries";
import type { TCounselReview } from "@/lib/rules/review";
import { EARLIEST_REVIEW_DATE, ZRecordReviewInput, type TRecordReviewInput } from "@/lib/rules/schemas";
import { actorLabel } from "@/lib/timeline/append";

export type TRuleRow = TRuleView & {
  /** The review that counts: the latest one of the rule's current version. */
  review: TCounselReview | null;
  /** The latest review of an earlier version, shown because it does not count for this one. */
  earlierReview: TCounselReview | null;
  reviewedNow: boolean;
};

/** The latest review of each (rule, version), grouped by rule. */
function byRule(latest: Iterable<TCounselReview>): Map<string, TCounselReview[]> {
  const grouped = new Map<string, TCounselReview[]>();
  for (const review of latest) grouped.set(review.ruleId, [...(grouped.get(review.ruleId) ?? []), review]);
  return grouped;
}

function withReviews(view: TRuleView, reviewsOfRule: readonly TCounselReview[]): TRuleRow {
  const review = reviewsOfRule.find((entry) => entry.ruleVersion === view.version) ?? null;
  const earlierReview =
    reviewsOfRule.filter((entry) => entry.ruleVersion !== view.version).sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0] ?? null;
  return { ...view, review, earlierReview, reviewedNow: review !== null };
}

/** The Rules page: every rule of the catalog with its review status, filtered; counts are of the whole catalog. */
export async function listRules(actor: TActor, filters: TRuleFilters) {
  assertCan(actor, "clocks.read");
  const catalog = catalogView();
  const reviews = byRule((await findLatestReviews("all")).values());
  const all = catalog.rules.map((view) => withReviews(view, reviews.get(view.id) ?? []));
  const jurisdictions = [...new Map(all.map((row) => [row.jurisdiction, row.jurisdictionName])).entries()]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return {
    catalogVersion: catalog.catalogVersion,
    changes: catalog.changes,
    problems: catalog.problems,
    total: all.length,
    reviewedCount: all.filter((row) => row.reviewedNow).length,
    jurisdictions,
    rows: filterRules(all, filters),
  };
}

function findRuleView(ruleId: string): TRuleView {
  const view = catalogView().rules.find((rule) => rule.id === ruleId);
  if (!view) throw AppError.notFound("The rule");
  return view;
}

/** One rule with every review ever recorded for it (all versions, newest first). */
export async function getRule(actor: TActor, ruleId: string) {
  assertCan(actor, "clocks.read");
  const view = findRuleView(ruleId);
  const reviews = await findRuleReviews(ruleId);
  // Newest first: the first review of each version is the one that counts for it.
  const latest = reviews.filter((review, index) => reviews.findIndex((other) => other.ruleVersion === review.ruleVersion) === index);
  const { catalogVersion, changes } = catalogView();
  return { rule: withReviews(view, latest), reviews, catalogVersion, previousVersion: changes.previousVersion };
}

/** The latest day anywhere on Earth (UTC+14): a review dated today in Kiribati is not in the future. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Records counsel's review of one version of a rule (insert-only; the latest per rule and version counts). The
 * version must be the rule's current one or one the catalog recorded earlier; the reviewer defaults to the person
 * signed in (an API token must name one).
 */
export async function recordRuleReview(actor: TActor, ruleId: string, input: TRecordReviewInput, now = new Date()): Promise<TCounselReview> {
  assertCan(actor, "rule.review");
  const view = findRuleView(ruleId);
  const parsed = ZRecordReviewInput.safeParse(input);
  if (!parsed.success) throw AppError.badRequest("The review is not valid.", invalidParamsFromZod(parsed.error, "body"));
  const data = parsed.data;
  if (!catalogView().versionsOf(ruleId).has(data.ruleVersion)) {
    const reason = `is not a version of ${ruleId} in the catalog (the current one is ${view.version})`;
    throw AppError.badRequest(`The rule version ${reason}.`, [{ name: "ruleVersion", reason }]);
  }
  if (data.reviewedOn > latestToday(now) || data.reviewedOn < EARLIEST_REVIEW_DATE) {
    const reason = data.reviewedOn < EARLIEST_REVIEW_DATE ? `must be on or after ${EARLIEST_REVIEW_DATE}` : "must not be in the future";
    throw AppError.badRequest(`The review date ${reason}.`, [{ name: "reviewedOn", reason }]);
  }
  if (!data.reviewerName && actor.kind === "token") {
    throw AppError.badRequest("Name the reviewer: an API token is not a person.", [{ name: "reviewerName", reason: "is required when recording with an API token" }]);
  }
  return insertRuleReview({
    ruleId,
    ruleVersion: data.ruleVersion,
    reviewerName: data.reviewerName || actor.name,
    reviewedOn: data.reviewedOn,
    note: data.note,
    recordedById: actor.kind === "user" ? actor.id : null,
    recordedByTokenId: actor.kind === "token" ? actor.id : null,
    recordedByLabel: actorLabel(actor),
  });
}

export async function listRuleReviews(actor: TActor, ruleId: string): Promise<TCounselReview[]> {
  assertCan(actor, "clocks.read");
  findRuleView(ruleId);
  return findRuleReviews(ruleId);
}
