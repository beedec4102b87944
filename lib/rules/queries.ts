import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { reviewKey, type TCounselReview } from "@/lib/rules/review";

export type { TCounselReview } from "@/lib/rules/review";

const REVIEW_FIELDS = {
  id: true, ruleId: true, ruleVersion: true, reviewerName: true, reviewedOn: true, note: true, recordedByLabel: true, recordedAt: true,
} as const;

type TReviewRow = { id: string; ruleId: string; ruleVersion: string; reviewerName: string; reviewedOn: Date; note: string; recordedByLabel: string; recordedAt: Date };

function toReview(row: TReviewRow): TCounselReview {
  return { ...row, reviewedOn: row.reviewedOn.toISOString().slice(0, 10), recordedAt: row.recordedAt.toISOString() };
}

/**
 * The review that counts for each (rule, version) among these rules: the latest recorded (reviews are insert-only
 * history; a later one supersedes an earlier one for the same version, never for another version).
 */
export async function findLatestReviews(ruleIds: readonly string[] | "all", db: TDbClient = prisma): Promise<Map<string, TCounselReview>> {
  if (ruleIds !== "all" && ruleIds.length === 0) return new Map();
  const rows = await db.ruleReview.findMany({
    where: ruleIds === "all" ? {} : { ruleId: { in: [...new Set(ruleIds)] } },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    select: REVIEW_FIELDS,
  });
  const latest = new Map<string, TCounselReview>();
  for (const row of rows) {
    const key = reviewKey(row.ruleId, row.ruleVersion);
    if (!latest.has(key)) latest.set(key, toReview(row));
  }
  return latest;
}

/** Every review of one rule, all versions, newest first. */
export async function findRuleReviews(ruleId: string, db: TDbClient = prisma): Promise<TCounselReview[]> {
  const rows = await db.ruleReview.findMany({ where: { ruleId }, orderBy: [{ recordedAt: "desc" }, { id: "desc" }], select: REVIEW_FIELDS });
  return rows.map(toReview);
}

export async function insertRuleReview(
  data: {
    ruleId: string; ruleVersion: string; reviewerName: string; reviewedOn: string; note: string;
    recordedById: string | null; recordedByTokenId: string | null; recordedByLabel: string;
  },
  db: TDbClient = prisma,
): Promise<TCounselReview> {
  const row = await db.ruleReview.create({ data: { ...data, reviewedOn: new Date(`${data.reviewedOn}T00:00:00Z`) }, select: REVIEW_FIELDS });
  return toReview(row);
}
