import { withRoute } from "@/lib/http/with-route";
import { ZNoticeParams } from "@/lib/notices/schemas";
import { getNotice } from "@/lib/notices/read";

export const GET = withRoute({
  permission: "notice.read",
  summary: "Read a notice",
  schemas: { params: ZNoticeParams },
  handler: async ({ actor, params }) => ({ notice: await getNotice(actor, params.id, params.noticeId) }),
});
