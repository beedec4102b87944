import { attachmentResponse } from "@/lib/http/attachment";
import { withRoute } from "@/lib/http/with-route";
import { ZDownloadInput } from "@/lib/evidence/schemas";
import { downloadNoticeReceipt } from "@/lib/notices/receipt";
import { ZNoticeParams } from "@/lib/notices/schemas";

/**
 * A submission's receipt is evidence and is read only as evidence: the evidence.download permission, a reason,
 * a chain-of-custody entry, and nothing once its evidence record is deleted.
 */
export const POST = withRoute({
  permission: "evidence.download",
  summary: "Download a submission receipt (a chain-of-custody entry)",
  docs: { responseMediaType: "application/octet-stream", responses: { 200: "The receipt as an attachment; x-content-sha256 carries its hash." } },
  schemas: { params: ZNoticeParams, body: ZDownloadInput },
  acceptsForm: true,
  handler: async ({ actor, params, body }) => {
    const { item, body: bytes } = await downloadNoticeReceipt(actor, params.id, params.noticeId, body.reason);
    return attachmentResponse(bytes, { fileName: item.name, sha256: item.sha256, sizeBytes: item.sizeBytes });
  },
});
