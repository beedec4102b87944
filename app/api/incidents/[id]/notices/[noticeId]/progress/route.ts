import { withRoute } from "@/lib/http/with-route";
import { ZNoticeParams } from "@/lib/notices/schemas";
import { getSendProgress } from "@/lib/notices/read";

export const GET = withRoute({
  permission: "notice.read",
  summary: "Read a notice's sending progress",
  schemas: { params: ZNoticeParams },
  handler: async ({ actor, params }) => ({ progress: await getSendProgress(actor, params.id, params.noticeId) }),
});
