import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { CSV_MAX_BYTES, ZNoticeParams, ZRecipientsCsvInput } from "@/lib/notices/schemas";
import { uploadRecipientsCsv } from "@/lib/notices/draft";

/** Replaces the recipient list with a CSV's valid rows (a new version); answers the bad rows, which are left out. */
export const POST = withRoute({
  permission: "notice.draft",
  summary: "Replace the recipients from a CSV",
  docs: { responses: { 201: "The new version, and the rows left out." } },
  schemas: { params: ZNoticeParams, body: ZRecipientsCsvInput },
  maxBodyBytes: CSV_MAX_BYTES + 4096,
  maxTextChars: CSV_MAX_BYTES,
  handler: async ({ actor, params, body }) => jsonResponse(await uploadRecipientsCsv(actor, params.id, params.noticeId, body), 201),
});
