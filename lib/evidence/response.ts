import "server-only";
import { attachmentDisposition } from "@/lib/evidence/file-policy";

/**
 * The HTTP answer for a stored evidence file: always an attachment of type application/octet-stream with nosniff
 * and a sandboxing CSP, so a browser never renders evidence inline, and its SHA-256 in a header.
 */
export function evidenceFileResponse(download: { item: { name: string; sizeBytes: number | null; sha256: string | null }; body: ReadableStream<Uint8Array> }): Response {
  return new Response(download.body, {
    status: 200,
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": attachmentDisposition(download.item.name),
      "content-length": String(download.item.sizeBytes ?? 0),
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "no-store",
      "x-evidence-sha256": download.item.sha256 ?? "",
    },
  });
}
