import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { RECEIPT_MAX_BYTES, ZNoticeParams, ZRecordSubmissionInput } from "@/lib/notices/schemas";
import { recordSubmission } from "@/lib/notices/submit";

/** Records a submission made elsewhere (a regulator's portal) with its receipt. */
export const POST = withRoute({
  permission: "notice.send",
  summary: "Record a submission made elsewhere",
  docs: { responses: { 201: "The submission." } },
  schemas: { params: ZNoticeParams, body: ZRecordSubmissionInput },
  maxBodyBytes: Math.ceil((RECEIPT_MAX_BYTES * 4) / 3) + 64 * 1024,
  maxTextChars: Math.ceil((RECEIPT_MAX_BYTES * 4) / 3) + 4,
  handler: async ({ actor, params, body }) => jsonResponse({ submission: await recordSubmission(actor, params.id, params.noticeId, body) }, 201),
});
