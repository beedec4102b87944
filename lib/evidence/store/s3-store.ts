import "server-only";
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  AbortMultipartUploadCommand,
  GetObjectCommand,
  GetObjectLockConfigurationCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectLegalHoldCommand,
  PutObjectRetentionCommand,
  S3Client,
  UploadPartCommand,
  type ServerSideEncryption,
} from "@aws-sdk/client-s3";
import { createReadStream } from "node:fs";
import { sha256OfKey, storageKeyOf } from "@/lib/evidence/store/keys";
import { EvidenceIntegrityError, type TEvidenceStore } from "@/lib/evidence/store/types";

export type TS3StoreOptions = {
  bucket: string;
  prefix: string;
  kmsKeyId: string | null;
  /** Path-style addressing, for a local S3 endpoint (AWS_ENDPOINT_URL_S3). */
  forcePathStyle: boolean;
  /** Files of at least this size go up in parts. */
  multipartThreshold?: number;
  /** S3 wants at least 5 MiB per part (the last excepted). */
  partSize?: number;
  client?: S3Client;
};

const MiB = 1024 * 1024;
const hexToBase64 = (hex: string) => Buffer.from(hex, "hex").toString("base64");

/** S3's "this bucket has no Object Lock configuration" answer: an absence, not a failure. */
function isNoLockConfiguration(error: unknown): boolean {
  const name = (error as { name?: string }).name ?? "";
  return name === "ObjectLockConfigurationNotFoundError" || name === "ObjectLockConfigurationNotFound";
}

/**
 * Evidence in an S3 bucket at `<prefix>/sha256/<hex>`. Checksums, as S3 checks them:
 *  - a single PUT carries `x-amz-checksum-sha256` (the SHA-256 computed while the upload was received): S3 rehashes
 *    the full object and refuses a mismatch (400 BadDigest), so the stored object is exactly those bytes;
 *  - a multipart upload sends each part's SHA-256 (`ChecksumSHA256` per UploadPart, checked by S3 per part) and, while
 *    reading the parts, re-hashes the whole file against the expected SHA-256; CompleteMultipartUpload returns S3's
 *    composite checksum (SHA-256 of the concatenated part digests, "-<parts>"), which must equal the one computed
 *    here, and the object's size is then confirmed with HeadObject.
 * Every write asks for server-side encryption: aws:kms with the configured key, else AES256.
 */
export function createS3Store(options: TS3StoreOptions): TEvidenceStore & { objectKey(key: string): string } {
  const client = options.client ?? new S3Client({ forcePathStyle: options.forcePathStyle, maxAttempts: 4, requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" });
  const threshold = options.multipartThreshold ?? 64 * MiB;
  const partSize = Math.max(options.partSize ?? 16 * MiB, 5 * MiB);
  const bucket = options.bucket;
  const objectKey = (key: string) => `${options.prefix ? `${options.prefix}/` : ""}sha256/${sha256OfKey(key)}`;
  const encryption: { ServerSideEncryption: ServerSideEncryption; SSEKMSKeyId?: string } = options.kmsKeyId
    ? { ServerSideEncryption: "aws:kms", SSEKMSKeyId: options.kmsKeyId }
    : { ServerSideEncryption: "AES256" };
  let lockEnabled: Promise<boolean> | null = null;

  async function exists(key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw error;
    }
  }

  async function putSingle(tempPath: string, sha256: string, sizeBytes: number, Key: string) {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key,
        Body: createReadStream(tempPath),
        ContentLength: sizeBytes,
        ContentType: "application/octet-stream",
        ChecksumSHA256: hexToBase64(sha256),
        ...encryption,
      }),
    );
  }

  async function putMultipart(tempPath: string, sha256: string, sizeBytes: number, Key: string) {
    const created = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key, ChecksumAlgorithm: "SHA256", ContentType: "application/octet-stream", ...encryption }));
    const UploadId = created.UploadId!;
    const file = await open(tempPath, "r");
    try {
      const whole = createHash("sha256");
      const partDigests: Buffer[] = [];
      const parts: { PartNumber: number; ETag: string; ChecksumSHA256: string }[] = [];
      // One part in memory at a time (partSize), never the whole file.
      const buffer = Buffer.alloc(partSize);
      for (let offset = 0, PartNumber = 1; offset < sizeBytes; offset += partSize, PartNumber++) {
        const length = Math.min(partSize, sizeBytes - offset);
        const { bytesRead } = await file.read(buffer, 0, length, offset);
        if (bytesRead !== length) throw new EvidenceIntegrityError("The temporary file changed while it was uploaded.");
        const part = buffer.subarray(0, length);
        whole.update(part);
        const digest = createHash("sha256").update(part).digest();
        partDigests.push(digest);
        const answer = await client.send(new UploadPartCommand({ Bucket: bucket, Key, UploadId, PartNumber, Body: part, ContentLength: length, ChecksumSHA256: digest.toString("base64") }));
        parts.push({ PartNumber, ETag: answer.ETag!, ChecksumSHA256: digest.toString("base64") });
      }
      if (whole.digest("hex") !== sha256) throw new EvidenceIntegrityError("The file's bytes changed between receipt and upload.");
      const completed = await client.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key, UploadId, MultipartUpload: { Parts: parts } }));
      const composite = `${createHash("sha256").update(Buffer.concat(partDigests)).digest("base64")}-${parts.length}`;
      if (completed.ChecksumSHA256 !== composite) {
        throw new EvidenceIntegrityError(`S3's checksum of the uploaded parts (${completed.ChecksumSHA256 ?? "none"}) is not the one computed while sending them (${composite}).`);
      }
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key }));
      if (head.ContentLength !== sizeBytes) throw new EvidenceIntegrityError(`S3 stored ${head.ContentLength} bytes instead of ${sizeBytes}.`);
    } catch (error) {
      await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key, UploadId })).catch(() => undefined);
      throw error;
    } finally {
      await file.close();
    }
  }

  return {
    kind: "s3",
    objectKey,
    async putFile(tempPath, sha256, sizeBytes) {
      const key = storageKeyOf(sha256);
      // Content-addressed: the same bytes are already there (and may be under a hold that forbids overwriting).
      if (await exists(key)) return key;
      const Key = objectKey(key);
      if (sizeBytes >= threshold) await putMultipart(tempPath, sha256, sizeBytes, Key);
      else await putSingle(tempPath, sha256, sizeBytes, Key);
      return key;
    },
    async get(key): Promise<Readable> {
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
      return answer.Body as Readable;
    },
    exists,
    holdEnforced() {
      // Asked once per process (Object Lock can only be enabled, never disabled, on a bucket); a failure is retried.
      lockEnabled ??= client
        .send(new GetObjectLockConfigurationCommand({ Bucket: bucket }))
        .then((answer) => answer.ObjectLockConfiguration?.ObjectLockEnabled === "Enabled")
        .catch((error: unknown) => {
          if (isNoLockConfiguration(error)) return false;
          lockEnabled = null;
          throw error;
        });
      return lockEnabled;
    },
    async setLegalHold(key, on) {
      if (!(await this.holdEnforced())) return;
      await client.send(new PutObjectLegalHoldCommand({ Bucket: bucket, Key: objectKey(key), LegalHold: { Status: on ? "ON" : "OFF" } }));
    },
    async setRetention(key, mode, until) {
      if (!(await this.holdEnforced())) return;
      await client.send(new PutObjectRetentionCommand({ Bucket: bucket, Key: objectKey(key), Retention: { Mode: mode, RetainUntilDate: until } }));
    },
  };
}
