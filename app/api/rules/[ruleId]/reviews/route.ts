import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZRecordReviewInput, ZRuleParams } from "@/lib/rules/schemas";
import { listRuleReviews, recordRuleReview } from "@/lib/rules/service";

export const GET = withRoute({
  summary: "List the counsel reviews of a catalog rule, newest first",
  permission: "clocks.read",
  schemas: { params: ZRuleParams },
  handler: async ({ actor, params }) => ({ reviews: await listRuleReviews(actor, params.ruleId) }),
});

export const POST = withRoute({
  summary: "Record a counsel review of one version of a catalog rule",
  permission: "rule.review",
  schemas: { params: ZRuleParams, body: ZRecordReviewInput },
  docs: { responses: { 201: "The recorded review." } },
  maxBodyBytes: 64 * 1024,
  handler: async ({ actor, params, body }) => jsonResponse({ review: await recordRuleReview(actor, params.ruleId, body) }, 201),
});
