import "server-only";
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import busboy from "busboy";
import { AppError } from "@/lib/errors/app-error";
import { discardTemp, newTempPath } from "@/lib/evidence/storage";

export type TReceivedFile = {
  tempPath: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  sizeBytes: number;
  /** The first bytes, for refusing executables and pages by content. */
  head: Uint8Array;
};

const HEAD_BYTES = 512;
/** Multipart framing and the small text fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export function tooLargeError(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The file is larger than the limit of ${maxBytes} bytes (BREACHDESK_EVIDENCE_MAX_BYTES).`, [
    { name: "file", reason: `must be at most ${maxBytes} bytes` },
  ]);
}

/**
 * Reads a multipart/form-data upload with one file (part "file") and a few text fields, streaming the file to a
 * temporary file while computing its SHA-256, never holding it in memory. Past `maxBytes` it stops, removes the
 * partial file and answers 413. The caller owns `file.tempPath` afterwards (commit or discard it).
 */
export async function receiveUpload(request: Request, maxBytes: number): Promise<{ fields: Record<string, string>; file: TReceivedFile }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) {
    throw new AppError("unsupported_media_type", "Upload the file as multipart/form-data.", [
      { name: "Content-Type", reason: "must be multipart/form-data with the file in the part named file" },
    ]);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes + MULTIPART_OVERHEAD) throw tooLargeError(maxBytes);

  const fields: Record<string, string> = {};
  let file: TReceivedFile | null = null;
  let tempPath: string | null = null;
  let truncated = false;
  let filePromise: Promise<void> = Promise.resolve();
  const tempTarget = await newTempPath();

  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: { "content-type": contentType },
          limits: { files: 1, fileSize: maxBytes, fields: 20, fieldSize: 16 * 1024, parts: 30 },
        });
      } catch {
        reject(AppError.badRequest("The upload is not valid multipart/form-data.", [{ name: "body", reason: "is not valid multipart/form-data" }]));
        return;
      }
      parser.on("field", (name, value) => {
        fields[name] = value;
      });
      parser.on("file", (name, stream, info) => {
        if (name !== "file" || file || tempPath) {
          stream.resume();
          return;
        }
        // Listeners are attached synchronously, before any chunk can flow, so no byte escapes the hash.
        const target = tempTarget;
        tempPath = target;
        const hash = createHash("sha256");
        const head: Buffer[] = [];
        let headSize = 0;
        let size = 0;
        stream.on("data", (chunk: Buffer) => {
          hash.update(chunk);
          size += chunk.length;
          if (headSize < HEAD_BYTES) {
            head.push(chunk.subarray(0, HEAD_BYTES - headSize));
            headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
          }
        });
        stream.on("limit", () => {
          truncated = true;
        });
        const out = createWriteStream(target, { flags: "wx" });
        filePromise = new Promise<void>((done, fail) => {
          out.on("finish", done);
          out.on("error", fail);
          stream.on("error", fail);
          stream.pipe(out);
        }).then(() => {
          if ((stream as { truncated?: boolean }).truncated) truncated = true;
          file = {
            tempPath: target,
            fileName: info.filename ?? "",
            mediaType: info.mimeType || "application/octet-stream",
            sha256: hash.digest("hex"),
            sizeBytes: size,
            head: new Uint8Array(Buffer.concat(head)),
          };
        });
        filePromise.catch(reject);
      });
      parser.on("error", () =>
        reject(AppError.badRequest("The upload is not valid multipart/form-data.", [{ name: "body", reason: "is not valid multipart/form-data" }])),
      );
      parser.on("close", () => {
        filePromise.then(resolve, reject);
      });
      Readable.fromWeb(request.body as import("node:stream/web").ReadableStream).on("error", reject).pipe(parser);
    });
    if (truncated) throw tooLargeError(maxBytes);
    if (!file) throw AppError.badRequest("Choose a file to upload.", [{ name: "file", reason: "is required" }]);
    return { fields, file };
  } catch (error) {
    await discardTemp(tempPath);
    throw error;
  }
}
