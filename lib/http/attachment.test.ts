import { describe, expect, it } from "vitest";
import { attachmentDisposition, attachmentResponse, CONTENT_SHA256_HEADER } from "@/lib/http/attachment";

describe("attachment header", () => {
  it("keeps a plain name as it is", () => {
    expect(attachmentDisposition("INC-0001-report.pdf")).toBe(`attachment; filename="INC-0001-report.pdf"`);
  });

  it("is one that no file name can break out of, with the exact name in UTF-8", () => {
    const header = attachmentDisposition('x";\r\ninline; évidence.log');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="x____inline_ _vidence.log"; /);
    expect(header).toContain("filename*=UTF-8''x%22%3B%0D%0Ainline%3B%20%C3%A9vidence.log");
    expect(attachmentDisposition("reçu (final).txt")).toBe(`attachment; filename="re_u (final).txt"; filename*=UTF-8''re%C3%A7u%20%28final%29.txt`);
  });
});

describe("attachment response", () => {
  it("is a download a browser saves and never renders, never cached, with its SHA-256 and size", async () => {
    const bytes = new TextEncoder().encode("a,b\n1,2\n");
    const response = attachmentResponse(bytes, { fileName: "INC-0001-timeline.csv", contentType: "text/csv; charset=utf-8", sha256: "ab".repeat(32), sizeBytes: bytes.byteLength });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="INC-0001-timeline.csv"`,
      "content-length": "8",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "no-store",
      [CONTENT_SHA256_HEADER]: "ab".repeat(32),
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it("sends an unknown type as octet-stream, streams a body, and leaves out a hash or size it does not know", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("log line"));
        controller.close();
      },
    });
    const response = attachmentResponse(stream, { fileName: "access.log", sha256: null, sizeBytes: null });
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.has(CONTENT_SHA256_HEADER)).toBe(false);
    expect(response.headers.has("content-length")).toBe(false);
    expect(await response.text()).toBe("log line");
  });

  it("carries the hash in x-content-sha256, the one header name the API documents", () => {
    expect(CONTENT_SHA256_HEADER).toBe("x-content-sha256");
  });
});
