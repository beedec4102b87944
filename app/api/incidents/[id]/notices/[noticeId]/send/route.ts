import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZNoticeParams, ZSendInput } from "@/lib/notices/schemas";
import { sendNotice } from "@/lib/notices/send";

/**
 * Sends the latest fully approved version; 409 for anything else, whatever the body says. 201 when every recipient
 * was delivered in the request, 202 when the worker delivers (the rest of) it.
 */
export const POST = withRoute({
  permission: "notice.send",
  schemas: { params: ZNoticeParams, body: ZSendInput },
  handler: async ({ actor, params, body }) => {
    const send = await sendNotice(actor, params.id, params.noticeId, body);
    return jsonResponse({ send }, send.progress.pending === 0 ? 201 : 202);
  },
});
