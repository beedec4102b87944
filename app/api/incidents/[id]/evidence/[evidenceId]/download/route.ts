import { attachmentResponse } from "@/lib/http/attachment";
import { withRoute } from "@/lib/http/with-route";
import { ZDownloadInput, ZEvidenceParams } from "@/lib/evidence/schemas";
import { downloadEvidence } from "@/lib/evidence/read";

/**
 * POST with a `reason` (JSON, or the console's plain HTML form): every download is a chain-of-custody entry, so it
 * is a write and never a GET a link or another site could trigger.
 */
export const POST = withRoute({
  permission: "evidence.download",
  summary: "Download evidence (a chain-of-custody entry)",
  docs: { responseMediaType: "application/octet-stream", responses: { 200: "The file as an attachment; x-content-sha256 carries its hash." } },
  schemas: { params: ZEvidenceParams, body: ZDownloadInput },
  acceptsForm: true,
  handler: async ({ actor, params, body }) => {
    const { item, body: bytes } = await downloadEvidence(actor, params.id, params.evidenceId, body.reason);
    return attachmentResponse(bytes, { fileName: item.name, sha256: item.sha256, sizeBytes: item.sizeBytes });
  },
});
