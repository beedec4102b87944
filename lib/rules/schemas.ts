import { z } from "zod";
import { plainText } from "@/lib/http/plain-text";

export const REVIEWER_NAME_MAX = 200;
export const REVIEW_NOTE_MAX = 10_000;
/** The earliest review date accepted: the catalog was first compiled in 2026; a typo such as 0206 is refused. */
export const EARLIEST_REVIEW_DATE = "2020-01-01";

export const ZRuleParams = z.object({
  ruleId: z.string({ error: "must be a rule id" }).min(1, { error: "must be a rule id" }).max(100, { error: "must be a rule id" }),
});

/**
 * A counsel review of one rule version. The reviewer defaults to the signed-in person; naming someone else (outside
 * counsel) is allowed. The date is when counsel reviewed it, not when it is typed in (that is recorded too).
 */
export const ZRecordReviewInput = z
  .object({
    ruleVersion: z
      .string({ error: "is required" })
      .trim()
      .min(1, { error: "is required" })
      .max(100, { error: "must be a version of this rule" }),
    reviewerName: plainText({ max: REVIEWER_NAME_MAX, required: true }).optional(),
    reviewedOn: z.iso.date({ error: "must be a date (YYYY-MM-DD)" }),
    note: plainText({ max: REVIEW_NOTE_MAX, multiline: true }).default(""),
  })
  .strict();
export type TRecordReviewInput = z.input<typeof ZRecordReviewInput>;

export const REVIEW_FILTERS = ["reviewed", "not_reviewed"] as const;
export type TReviewFilter = (typeof REVIEW_FILTERS)[number];
