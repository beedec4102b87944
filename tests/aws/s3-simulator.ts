/**
 * A local HTTP server speaking the S3 REST calls the evidence store makes (path-style, AWS_ENDPOINT_URL_S3), for the
 * real @aws-sdk/client-s3: PutObject (checks `x-amz-checksum-sha256` against the body and answers 400 BadDigest on a
 * mismatch, as S3 does), CreateMultipartUpload / UploadPart (per-part SHA-256 checked) / CompleteMultipartUpload
 * (returns the composite checksum: SHA-256 of the concatenated part digests, "-<parts>"; EntityTooSmall under 5 MiB
 * for a part that is not the last) / AbortMultipartUpload, GetObject, HeadObject, PutObjectLegalHold,
 * PutObjectRetention and GetObjectLockConfiguration (ObjectLockConfigurationNotFoundError on a bucket without Object
 * Lock; hold and retention refused there as S3 refuses them). Server-side encryption headers are stored and echoed.
 * Objects live in memory, so a test can tamper with stored bytes; every request is recorded with its headers.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TSimObject = {
  bytes: Buffer;
  sse: string | null;
  kmsKeyId: string | null;
  /** Full-object SHA-256 (base64), or the composite "<base64>-<parts>" of a multipart upload. */
  checksumSha256: string | null;
  legalHold: "ON" | "OFF" | null;
  retention: { mode: string; until: string } | null;
};
export type TSimBucket = { objectLock: boolean; objects: Map<string, TSimObject> };
export type TSimRequest = { operation: string; method: string; path: string; headers: Record<string, string | string[] | undefined> };
export type TS3Simulator = {
  url: string;
  bucket(name: string, options?: { objectLock?: boolean }): TSimBucket;
  requests: TSimRequest[];
  close(): Promise<void>;
};

const MIN_PART = 5 * 1024 * 1024;
const NS = "http://s3.amazonaws.com/doc/2006-03-01/";
const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const sha256b64 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("base64");

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Undoes `Content-Encoding: aws-chunked` ("<hex size>[;chunk-signature=…]\r\n<bytes>\r\n" … "0\r\n" trailers). */
function decodeAwsChunked(raw: Buffer): { bytes: Buffer; trailers: Record<string, string> } {
  const parts: Buffer[] = [];
  const trailers: Record<string, string> = {};
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf("\r\n", at);
    const size = parseInt(raw.subarray(at, lineEnd).toString("latin1").split(";")[0]!, 16);
    at = lineEnd + 2;
    if (size === 0) break;
    parts.push(raw.subarray(at, at + size));
    at += size + 2;
  }
  for (const line of raw.subarray(at).toString("latin1").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { bytes: Buffer.concat(parts), trailers };
}

function operationOf(method: string, key: string, query: URLSearchParams): string {
  if (!key) return query.has("object-lock") ? "GetObjectLockConfiguration" : `${method} bucket`;
  if (query.has("legal-hold")) return method === "PUT" ? "PutObjectLegalHold" : "GetObjectLegalHold";
  if (query.has("retention")) return method === "PUT" ? "PutObjectRetention" : "GetObjectRetention";
  if (query.has("uploads")) return "CreateMultipartUpload";
  if (query.has("uploadId")) return method === "PUT" ? "UploadPart" : method === "POST" ? "CompleteMultipartUpload" : method === "DELETE" ? "AbortMultipartUpload" : "ListParts";
  return ({ PUT: "PutObject", GET: "GetObject", HEAD: "HeadObject", DELETE: "DeleteObject" } as Record<string, string>)[method] ?? method;
}

export async function startS3Simulator(): Promise<TS3Simulator> {
  const buckets = new Map<string, TSimBucket>();
  const uploads = new Map<string, { bucket: string; key: string; sse: string | null; kmsKeyId: string | null; parts: Map<number, { bytes: Buffer; checksum: string }> }>();
  const requests: TSimRequest[] = [];
  let uploadCounter = 0;

  function sseHeaders(object: { sse: string | null; kmsKeyId: string | null }): Record<string, string> {
    return {
      ...(object.sse ? { "x-amz-server-side-encryption": object.sse } : {}),
      ...(object.kmsKeyId ? { "x-amz-server-side-encryption-aws-kms-key-id": object.kmsKeyId } : {}),
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://sim");
    const [, bucketName = "", ...rest] = url.pathname.split("/");
    const key = rest.map(decodeURIComponent).join("/");
    const method = req.method ?? "GET";
    const operation = operationOf(method, key, url.searchParams);
    requests.push({ operation, method, path: url.pathname, headers: { ...req.headers } });
    const raw = await readBody(req);
    const chunked = /aws-chunked/.test(String(req.headers["content-encoding"] ?? "")) || String(req.headers["x-amz-content-sha256"] ?? "").startsWith("STREAMING-");
    const { bytes: body, trailers } = chunked ? decodeAwsChunked(raw) : { bytes: raw, trailers: {} as Record<string, string> };
    const header = (name: string) => (req.headers[name] as string | undefined) ?? trailers[name] ?? null;

    const send = (status: number, text: string | Buffer = "", headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(typeof text === "string" && text ? { "content-type": "application/xml" } : {}), ...headers });
      res.end(method === "HEAD" ? undefined : text);
    };
    const error = (status: number, code: string, message: string) =>
      send(status, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${xml(message)}</Message><RequestId>sim</RequestId></Error>`);

    const bucket = buckets.get(bucketName);
    if (!bucket) return error(404, "NoSuchBucket", "The specified bucket does not exist");
    if (operation === "GetObjectLockConfiguration") {
      if (!bucket.objectLock) return error(404, "ObjectLockConfigurationNotFoundError", "Object Lock configuration does not exist for this bucket");
      return send(200, `<ObjectLockConfiguration xmlns="${NS}"><ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>`);
    }
    const object = bucket.objects.get(key);
    switch (operation) {
      case "PutObject": {
        const declared = header("x-amz-checksum-sha256");
        if (declared && declared !== sha256b64(body)) return error(400, "BadDigest", "The SHA256 you specified did not match the calculated checksum.");
        if (object?.legalHold === "ON") return error(403, "AccessDenied", "Access Denied because object protected by object lock.");
        const stored: TSimObject = {
          bytes: body,
          sse: header("x-amz-server-side-encryption"),
          kmsKeyId: header("x-amz-server-side-encryption-aws-kms-key-id"),
          checksumSha256: declared,
          legalHold: null,
          retention: null,
        };
        bucket.objects.set(key, stored);
        return send(200, "", { etag: `"${createHash("md5").update(body).digest("hex")}"`, ...(declared ? { "x-amz-checksum-sha256": declared } : {}), ...sseHeaders(stored) });
      }
      case "CreateMultipartUpload": {
        const uploadId = `upload-${++uploadCounter}`;
        uploads.set(uploadId, { bucket: bucketName, key, sse: header("x-amz-server-side-encryption"), kmsKeyId: header("x-amz-server-side-encryption-aws-kms-key-id"), parts: new Map() });
        return send(200, `<InitiateMultipartUploadResult xmlns="${NS}"><Bucket>${xml(bucketName)}</Bucket><Key>${xml(key)}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`, {
          "x-amz-checksum-algorithm": "SHA256",
          ...sseHeaders(uploads.get(uploadId)!),
        });
      }
      case "UploadPart": {
        const upload = uploads.get(url.searchParams.get("uploadId") ?? "");
        if (!upload) return error(404, "NoSuchUpload", "The specified upload does not exist.");
        const declared = header("x-amz-checksum-sha256");
        if (declared && declared !== sha256b64(body)) return error(400, "BadDigest", "The SHA256 you specified did not match the calculated checksum.");
        const partNumber = Number(url.searchParams.get("partNumber"));
        upload.parts.set(partNumber, { bytes: body, checksum: sha256b64(body) });
        return send(200, "", { etag: `"${createHash("md5").update(body).digest("hex")}"`, "x-amz-checksum-sha256": sha256b64(body), ...sseHeaders(upload) });
      }
      case "CompleteMultipartUpload": {
        const uploadId = url.searchParams.get("uploadId") ?? "";
        const upload = uploads.get(uploadId);
        if (!upload) return error(404, "NoSuchUpload", "The specified upload does not exist.");
        const numbers = [...body.toString("utf8").matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
        const parts = numbers.map((n) => upload.parts.get(n));
        if (parts.some((p) => !p)) return error(400, "InvalidPart", "One or more of the specified parts could not be found.");
        if (parts.slice(0, -1).some((p) => p!.bytes.length < MIN_PART)) return error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.");
        const composite = `${createHash("sha256").update(Buffer.concat(parts.map((p) => Buffer.from(p!.checksum, "base64")))).digest("base64")}-${parts.length}`;
        bucket.objects.set(key, { bytes: Buffer.concat(parts.map((p) => p!.bytes)), sse: upload.sse, kmsKeyId: upload.kmsKeyId, checksumSha256: composite, legalHold: null, retention: null });
        uploads.delete(uploadId);
        return send(
          200,
          `<CompleteMultipartUploadResult xmlns="${NS}"><Bucket>${xml(bucketName)}</Bucket><Key>${xml(key)}</Key><ETag>"sim-${parts.length}"</ETag><ChecksumSHA256>${composite}</ChecksumSHA256></CompleteMultipartUploadResult>`,
          sseHeaders(upload),
        );
      }
      case "AbortMultipartUpload":
        uploads.delete(url.searchParams.get("uploadId") ?? "");
        return send(204);
      case "GetObject":
      case "HeadObject": {
        if (!object) return method === "HEAD" ? send(404) : error(404, "NoSuchKey", "The specified key does not exist.");
        const checksumMode = String(req.headers["x-amz-checksum-mode"] ?? "") === "ENABLED";
        return send(200, object.bytes, {
          "content-type": "application/octet-stream",
          "content-length": String(object.bytes.length),
          etag: `"${createHash("md5").update(object.bytes).digest("hex")}"`,
          ...(checksumMode && object.checksumSha256 ? { "x-amz-checksum-sha256": object.checksumSha256 } : {}),
          ...(object.legalHold ? { "x-amz-object-lock-legal-hold": object.legalHold } : {}),
          ...sseHeaders(object),
        });
      }
      case "PutObjectLegalHold":
      case "PutObjectRetention": {
        if (!bucket.objectLock) return error(400, "InvalidRequest", "Bucket is missing Object Lock Configuration");
        if (!object) return error(404, "NoSuchKey", "The specified key does not exist.");
        const text = body.toString("utf8");
        if (operation === "PutObjectLegalHold") {
          const status = /<Status>(ON|OFF)<\/Status>/.exec(text)?.[1];
          if (!status) return error(400, "MalformedXML", "The XML you provided was not well-formed.");
          object.legalHold = status as "ON" | "OFF";
        } else {
          const mode = /<Mode>(GOVERNANCE|COMPLIANCE)<\/Mode>/.exec(text)?.[1];
          const until = /<RetainUntilDate>([^<]+)<\/RetainUntilDate>/.exec(text)?.[1];
          if (!mode || !until) return error(400, "MalformedXML", "The XML you provided was not well-formed.");
          object.retention = { mode, until };
        }
        return send(200);
      }
      default:
        return error(501, "NotImplemented", `The simulator does not implement ${operation}`);
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    bucket(name, options = {}) {
      const found = buckets.get(name) ?? { objectLock: Boolean(options.objectLock), objects: new Map() };
      buckets.set(name, found);
      return found;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
