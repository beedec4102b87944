/** The header every download carries its SHA-256 in (hex), so a recipient can check what they received. */
export const CONTENT_SHA256_HEADER = "x-content-sha256";

/** ASCII characters that cannot stand in a quoted filename (quote, backslash, separator) or outside printable ASCII. */
const NOT_PLAIN = /[^\x20-\x7e]|["\\;]/g;

/**
 * A Content-Disposition attachment header that survives any file name (RFC 6266): a plain ASCII name as it is, any
 * other also in its exact UTF-8 form (RFC 5987 `filename*`) after an ASCII stand-in for old clients.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(NOT_PLAIN, "_").slice(0, 200) || "download";
  if (ascii === fileName) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export type TAttachment = {
  fileName: string;
  /** application/octet-stream unless the file's type is known (a report the console generated). */
  contentType?: string;
  /** Hex SHA-256 of the bytes sent, when known. */
  sha256?: string | null;
  sizeBytes?: number | null;
};

/**
 * The HTTP answer for every download: an attachment a browser saves and never renders (nosniff, and a sandboxing
 * policy in case it is opened anyway), never cached, with its SHA-256 in one header.
 */
export function attachmentResponse(body: ReadableStream<Uint8Array> | Uint8Array | string, file: TAttachment): Response {
  const headers = new Headers({
    "content-type": file.contentType ?? "application/octet-stream",
    "content-disposition": attachmentDisposition(file.fileName),
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "cache-control": "no-store",
  });
  if (file.sha256) headers.set(CONTENT_SHA256_HEADER, file.sha256);
  if (typeof file.sizeBytes === "number") headers.set("content-length", String(file.sizeBytes));
  const payload = body instanceof Uint8Array ? Buffer.from(body) : body;
  return new Response(payload, { status: 200, headers });
}
