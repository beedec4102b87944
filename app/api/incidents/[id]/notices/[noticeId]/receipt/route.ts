import { attachmentDisposition } from "@/lib/evidence/file-policy";
import { withRoute } from "@/lib/http/with-route";
import { ZNoticeParams } from "@/lib/notices/schemas";
import { getReceipt } from "@/lib/notices/service";

/** The stored receipt, always as a download (never rendered inline: its type came from the uploader). */
export const GET = withRoute({
  permission: "notice.read",
  summary: "Download a submission receipt",
  docs: { responseMediaType: "application/octet-stream", responses: { 200: "The receipt as an attachment; x-receipt-sha256 carries its hash." } },
  schemas: { params: ZNoticeParams },
  handler: async ({ actor, params }) => {
    const receipt = await getReceipt(actor, params.id, params.noticeId);
    return new Response(new Uint8Array(receipt.receiptBytes as Uint8Array), {
      headers: {
        "content-type": "application/octet-stream",
        "content-disposition": attachmentDisposition(receipt.receiptName ?? "receipt"),
        "content-security-policy": "default-src 'none'; sandbox",
        "x-content-type-options": "nosniff",
        "x-receipt-sha256": receipt.receiptSha256 ?? "",
        "cache-control": "no-store",
      },
    });
  },
});
