import { attachmentResponse } from "@/lib/http/attachment";
import { withRoute } from "@/lib/http/with-route";
import { ZNoticeParams } from "@/lib/notices/schemas";
import { exportLedgerNoticeList, ZLedgerExportInput } from "@/lib/notices/ledger-export";

/** A POST because it records the export: who took whose contact data out, and why, goes on the timeline. */
export const POST = withRoute({
  permission: "ledger.read",
  summary: "Export who a ledger notice reached, when, and with which approved version (CSV, full contact data)",
  docs: { responseMediaType: "text/csv", responses: { 200: "The CSV as an attachment; x-content-sha256 carries its hash." } },
  schemas: { params: ZNoticeParams, body: ZLedgerExportInput },
  acceptsForm: true,
  handler: async ({ actor, params, body }) => {
    const file = await exportLedgerNoticeList(actor, params.id, params.noticeId, body);
    return attachmentResponse(file.bytes, { fileName: file.fileName, contentType: "text/csv; charset=utf-8", sha256: file.sha256, sizeBytes: file.bytes.length });
  },
});
