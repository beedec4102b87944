import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZDecisionInput, ZNoticeParams } from "@/lib/notices/schemas";
import { decideNotice } from "@/lib/notices/decide";

/** Approve or reject the latest version (re-authentication, drafter and role checks in the service). */
export const POST = withRoute({
  permission: "notice.approve",
  summary: "Approve or reject a notice version",
  docs: { responses: { 201: "The decision." } },
  schemas: { params: ZNoticeParams, body: ZDecisionInput },
  handler: async ({ actor, params, body }) => jsonResponse({ decision: await decideNotice(actor, params.id, params.noticeId, body) }, 201),
});
