import { withRoute } from "@/lib/http/with-route";
import { attachmentDisposition } from "@/lib/evidence/file-policy";
import { ZDownloadQuery, ZEvidenceParams } from "@/lib/evidence/schemas";
import { downloadEvidence } from "@/lib/evidence/service";

/**
 * `?reason=` is required: every download is a chain-of-custody entry. Always an attachment of type
 * application/octet-stream with nosniff and a sandboxing CSP, so a browser never renders evidence inline.
 */
export const GET = withRoute({
  permission: "evidence.download",
  summary: "Download evidence",
  docs: { responseMediaType: "application/octet-stream", responses: { 200: "The file as an attachment; x-evidence-sha256 carries its hash." } },
  schemas: { params: ZEvidenceParams, query: ZDownloadQuery },
  handler: async ({ actor, params, query }) => {
    const { item, body } = await downloadEvidence(actor, params.id, params.evidenceId, query.reason);
    return new Response(body, {
      status: 200,
      headers: {
        "content-type": "application/octet-stream",
        "content-disposition": attachmentDisposition(item.name),
        "content-length": String(item.sizeBytes ?? 0),
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "no-store",
        "x-evidence-sha256": item.sha256 ?? "",
      },
    });
  },
});
