import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZCreateNoticeInput, ZIncidentNoticesParams } from "@/lib/notices/schemas";
import { createNotice } from "@/lib/notices/draft";
import { listNotices } from "@/lib/notices/read";

export const GET = withRoute({
  permission: "notice.list",
  summary: "List the incident's notices",
  schemas: { params: ZIncidentNoticesParams },
  handler: async ({ actor, params }) => ({ notices: await listNotices(actor, params.id) }),
});

export const POST = withRoute({
  permission: "notice.draft",
  summary: "Draft a notice",
  docs: { responses: { 201: "The new notice." } },
  schemas: { params: ZIncidentNoticesParams, body: ZCreateNoticeInput },
  handler: async ({ actor, params, body }) => jsonResponse({ notice: await createNotice(actor, params.id, body) }, 201),
});
