import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZNoticeParams, ZSaveVersionInput } from "@/lib/notices/schemas";
import { saveNoticeVersion } from "@/lib/notices/draft";

/** Saves an edit as a new version (voiding earlier approvals). */
export const POST = withRoute({
  permission: "notice.draft",
  summary: "Save a new notice version",
  docs: { responses: { 201: "The new version." } },
  schemas: { params: ZNoticeParams, body: ZSaveVersionInput },
  maxBodyBytes: 16 * 1024 * 1024,
  handler: async ({ actor, params, body }) => jsonResponse({ version: await saveNoticeVersion(actor, params.id, params.noticeId, body) }, 201),
});
