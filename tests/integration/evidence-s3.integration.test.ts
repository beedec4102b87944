import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as uploadRoute } from "@/app/api/incidents/[id]/evidence/uploads/route";
import { POST as downloadRoute } from "@/app/api/incidents/[id]/evidence/[evidenceId]/download/route";
import { PUT as holdRoute } from "@/app/api/incidents/[id]/evidence/[evidenceId]/legal-hold/route";
import { GET as retentionGetRoute, PUT as retentionRoute } from "@/app/api/organisation-profile/evidence-retention/route";
import { prisma } from "@/lib/db";
import { legalHoldStorageNotice, NO_OBJECT_LOCK_NOTICE } from "@/lib/evidence/store/select";
import { createS3Store } from "@/lib/evidence/store/s3-store";
import { readStored } from "@/lib/evidence/storage";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { uploadPendingEvidence } from "@/lib/evidence/pending-uploads";
import type { TRouteHandler } from "@/lib/http/with-route";
import { startS3Simulator, type TS3Simulator } from "../aws/s3-simulator";
import { resetDatabase } from "./reset-db";
import { call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");
const SECRET = "simSecretKey/DoNotLogThis0123456789abcdEF";
const MiB = 1024 * 1024;
const ENV_KEYS = [
  "BREACHDESK_EVIDENCE_DIR",
  "BREACHDESK_EVIDENCE_S3_URI",
  "BREACHDESK_EVIDENCE_KMS_KEY_ID",
  "BREACHDESK_EVIDENCE_S3_PART_BYTES",
  "AWS_ENDPOINT_URL_S3",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_REGION",
] as const;

let sim: TS3Simulator;
let tempDir: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  for (const key of ENV_KEYS) saved[key] = process.env[key];
  sim = await startS3Simulator();
  tempDir = mkdtempSync(path.join(tmpdir(), "breachdesk-evidence-s3-"));
  Object.assign(process.env, {
    // Only the upload spool lives here; the stored bytes go to the simulator.
    BREACHDESK_EVIDENCE_DIR: tempDir,
    AWS_ENDPOINT_URL_S3: sim.url,
    AWS_ACCESS_KEY_ID: "AKIASIMULATOR0000001",
    AWS_SECRET_ACCESS_KEY: SECRET,
    AWS_REGION: "eu-west-1",
    BREACHDESK_EVIDENCE_S3_PART_BYTES: String(5 * MiB),
  });
});
afterAll(async () => {
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await sim.close();
  rmSync(tempDir, { recursive: true, force: true });
});

async function upload(token: string, incidentId: string, name: string, bytes: Uint8Array | string) {
  const form = new FormData();
  form.append("reason", "Collected from the bucket");
  form.append("file", new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]), name);
  const request = new Request(`http://localhost/api/incidents/${incidentId}/evidence/uploads`, {
    method: "POST",
    headers: { host: "localhost", authorization: `Bearer ${token}` },
    body: form,
  });
  const response = await (uploadRoute as TRouteHandler)(request, { params: Promise.resolve({ id: incidentId }) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

async function download(token: string, incidentId: string, evidenceId: string) {
  const request = new Request(`http://localhost/api/incidents/${incidentId}/evidence/${evidenceId}/download`, {
    method: "POST",
    headers: { host: "localhost", authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ reason: "Send to outside counsel" }),
  });
  const response = await (downloadRoute as TRouteHandler)(request, { params: Promise.resolve({ id: incidentId, evidenceId }) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, bytes, text: Buffer.from(bytes).toString("utf8") };
}

type TItem = { id: string; sha256: string; version: number; storageKey: string; sizeBytes: number };
const ops = () => sim.requests.map((r) => r.operation);

describe("evidence in S3", () => {
  let token: string;
  let legalToken: string;
  let id: string;
  let bucketName: string;
  let bucketCounter = 0;

  /** A fresh bucket per test (the store caches its Object Lock answer per configuration). */
  function useBucket(options: { objectLock: boolean; kmsKeyId?: string }) {
    bucketName = `evidence-${options.objectLock ? "locked" : "plain"}-${++bucketCounter}`;
    sim.bucket(bucketName, { objectLock: options.objectLock });
    process.env.BREACHDESK_EVIDENCE_S3_URI = `s3://${bucketName}/breachdesk/evidence/`;
    if (options.kmsKeyId) process.env.BREACHDESK_EVIDENCE_KMS_KEY_ID = options.kmsKeyId;
    else delete process.env.BREACHDESK_EVIDENCE_KMS_KEY_ID;
  }
  const objectOf = (item: TItem) => sim.bucket(bucketName).objects.get(`breachdesk/evidence/sha256/${item.sha256}`);

  beforeEach(async () => {
    await resetDatabase();
    sim.requests.length = 0;
    const commander = await createUser(["commander"], "Casey");
    token = await createToken(["commander"]);
    legalToken = await createToken(["legal"]);
    id = await declareIncidentVia(token, commander.id);
  });
  afterEach(() => vi.restoreAllMocks());

  it("puts a small upload in one PUT at <prefix>/sha256/<hex> with S3's SHA-256 checksum and SSE-S3, and nothing locally", async () => {
    useBucket({ objectLock: true });
    const bytes = "2026-03-01T10:00:00Z REST.GET.OBJECT customers.csv 200 anonymous\n".repeat(200);
    const response = await upload(token, id, "s3-access.log", bytes);
    expect(response.status).toBe(201);
    const item = response.body?.evidence as TItem;
    expect(item.sha256).toBe(sha(bytes));
    const stored = objectOf(item)!;
    expect(sha(stored.bytes)).toBe(item.sha256);
    const put = sim.requests.find((r) => r.operation === "PutObject")!;
    expect(put.headers["x-amz-checksum-sha256"]).toBe(Buffer.from(item.sha256, "hex").toString("base64"));
    expect(put.headers["x-amz-server-side-encryption"]).toBe("AES256");
    expect(stored.sse).toBe("AES256");
    expect(ops()).not.toContain("CreateMultipartUpload");
    // The spool directory is empty again: the bytes live only in the bucket.
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(tempDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())).toEqual([]);
  });

  it("is refused by S3 (400 BadDigest) when the bytes sent are not the ones whose SHA-256 was declared, and nothing is stored", async () => {
    useBucket({ objectLock: false });
    const { writeFileSync } = await import("node:fs");
    const spool = path.join(tempDir, "wrong.part");
    writeFileSync(spool, "the bytes actually sent");
    const store = createS3Store({ bucket: bucketName, prefix: "p", kmsKeyId: null, forcePathStyle: true });
    const claimed = sha("other bytes");
    await expect(store.putFile(spool, claimed, Buffer.byteLength("the bytes actually sent"))).rejects.toMatchObject({ name: "BadDigest" });
    expect(sim.bucket(bucketName).objects.size).toBe(0);
    rmSync(spool);
  });

  it("sends SSE-KMS with the configured key", async () => {
    useBucket({ objectLock: false, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/evidence-key" });
    const item = (await upload(token, id, "a.txt", "kms bytes")).body?.evidence as TItem;
    const put = sim.requests.find((r) => r.operation === "PutObject")!;
    expect(put.headers["x-amz-server-side-encryption"]).toBe("aws:kms");
    expect(put.headers["x-amz-server-side-encryption-aws-kms-key-id"]).toBe("arn:aws:kms:eu-west-1:111122223333:key/evidence-key");
    expect(objectOf(item)!.kmsKeyId).toBe("arn:aws:kms:eu-west-1:111122223333:key/evidence-key");
  });

  it("uploads a large file in parts, each with its SHA-256, and checks S3's composite checksum; the download is the same bytes", async () => {
    useBucket({ objectLock: false, kmsKeyId: "alias/evidence" });
    const bytes = Buffer.alloc(11 * MiB + 123);
    for (let i = 0; i < bytes.length; i += 4096) bytes.writeUInt32BE(i, i);
    const response = await upload(token, id, "disk-image.bin", bytes);
    expect(response.status).toBe(201);
    const item = response.body?.evidence as TItem;
    expect(item.sha256).toBe(sha(bytes));
    expect(ops().filter((o) => o === "UploadPart")).toHaveLength(3);
    expect(ops()).toContain("CompleteMultipartUpload");
    expect(ops()).not.toContain("PutObject");
    const create = sim.requests.find((r) => r.operation === "CreateMultipartUpload")!;
    expect(create.headers["x-amz-server-side-encryption"]).toBe("aws:kms");
    expect(create.headers["x-amz-checksum-algorithm"]).toBe("SHA256");
    for (const part of sim.requests.filter((r) => r.operation === "UploadPart")) expect(part.headers["x-amz-checksum-sha256"]).toBeTruthy();
    expect(objectOf(item)!.checksumSha256).toMatch(/-3$/);
    const got = await download(token, id, item.id);
    expect(got.status).toBe(200);
    expect(sha(got.bytes)).toBe(item.sha256);
  });

  it("refuses a download whose stored bytes were altered in the bucket, with a custody entry saying so", async () => {
    useBucket({ objectLock: false });
    const item = (await upload(token, id, "a.txt", "original bytes")).body?.evidence as TItem;
    expect((await download(token, id, item.id)).status).toBe(200);
    objectOf(item)!.bytes = Buffer.from("tampered bytes");
    const refused = await download(token, id, item.id);
    expect(refused.status).toBe(500);
    expect(refused.text).toMatch(/no longer match the SHA-256/);
    const custody = await prisma.evidenceCustody.findMany({ where: { evidenceId: item.id }, orderBy: { at: "asc" } });
    expect(custody.map((c) => c.action)).toEqual(["registered", "downloaded", "integrity_failed"]);
    expect(custody[2]!.detail).toMatchObject({ expectedSha256: item.sha256, actualSha256: sha("tampered bytes") });
  });

  it("re-hashes the bytes while serving them: bytes changed after the check end the stream in an error, not a download", async () => {
    useBucket({ objectLock: false });
    const item = (await upload(token, id, "a.txt", "original bytes")).body?.evidence as TItem;
    const intact = await new Response(await readStored(item.storageKey, item.sha256)).text();
    expect(intact).toBe("original bytes");
    objectOf(item)!.bytes = Buffer.from("swapped after the check");
    await expect(new Response(await readStored(item.storageKey, item.sha256)).text()).rejects.toThrow();
  });

  it("maps the legal hold to the object's S3 Object Lock legal hold when the bucket has Object Lock", async () => {
    useBucket({ objectLock: true });
    const item = (await upload(token, id, "mailbox.zip", "mail")).body?.evidence as TItem;
    expect(await legalHoldStorageNotice()).toBeNull();
    const placed = await call(holdRoute, "PUT", "/x", { token: legalToken, params: { id, evidenceId: item.id }, json: { hold: true, reason: "Litigation expected", expectedVersion: 1 } });
    expect(placed.status).toBe(200);
    expect(placed.body?.storageHold).toBe("object_lock");
    expect(objectOf(item)!.legalHold).toBe("ON");
    expect(ops()).toContain("GetObjectLockConfiguration");
    const lifted = await call(holdRoute, "PUT", "/x", { token: legalToken, params: { id, evidenceId: item.id }, json: { hold: false, reason: "Settled", expectedVersion: 2 } });
    expect(lifted.status).toBe(200);
    expect(objectOf(item)!.legalHold).toBe("OFF");
  });

  it("says plainly that a bucket without Object Lock holds only in Breachdesk, and records the hold there", async () => {
    useBucket({ objectLock: false });
    const item = (await upload(token, id, "mailbox.zip", "mail")).body?.evidence as TItem;
    expect(await legalHoldStorageNotice()).toBe(NO_OBJECT_LOCK_NOTICE);
    expect(NO_OBJECT_LOCK_NOTICE).toBe("This bucket does not have S3 Object Lock: the hold is recorded in Breachdesk only");
    const placed = await call(holdRoute, "PUT", "/x", { token: legalToken, params: { id, evidenceId: item.id }, json: { hold: true, reason: "Litigation expected", expectedVersion: 1 } });
    expect(placed.status).toBe(200);
    expect(placed.body?.storageHold).toBe("register_only");
    expect((placed.body?.evidence as { legalHold: boolean }).legalHold).toBe(true);
    expect(ops()).not.toContain("PutObjectLegalHold");
    expect(objectOf(item)!.legalHold).toBeNull();
  });

  it("retains new objects per the organisation's policy (Object Lock retention), refuses a half policy with 400 naming the field", async () => {
    useBucket({ objectLock: true });
    const adminToken = await createToken(["admin"]);
    const set = (json: unknown, t = adminToken) => call(retentionRoute, "PUT", "/x", { token: t, json });
    const half = await set({ mode: "COMPLIANCE", days: null, reason: "x" });
    expect(half.status).toBe(400);
    expect(half.body?.invalid_params).toEqual([expect.objectContaining({ name: "days" })]);
    expect((await set({ mode: "COMPLIANCE", days: 30, reason: "x" }, legalToken)).status).toBe(403);
    expect((await set({ mode: "COMPLIANCE", days: 30, reason: "Regulator expects 30 days" })).status).toBe(200);
    const before = Date.now();
    const item = (await upload(token, id, "a.txt", "retained bytes")).body?.evidence as TItem;
    const retention = objectOf(item)!.retention!;
    expect(retention.mode).toBe("COMPLIANCE");
    const until = Date.parse(retention.until);
    expect(until).toBeGreaterThanOrEqual(before + 30 * 86_400_000 - 1000);
    expect(until).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000 + 1000);
    expect((await call(retentionGetRoute, "GET", "/x", { token: legalToken })).body).toMatchObject({ retention: { mode: "COMPLIANCE", days: 30 }, store: "s3", enforced: true });
    expect(await prisma.adminAuditEntry.count({ where: { action: "evidence-retention.changed" } })).toBe(1);
  });

  it("applies no retention by default, nor on a bucket without Object Lock", async () => {
    useBucket({ objectLock: true });
    const first = (await upload(token, id, "a.txt", "default bytes")).body?.evidence as TItem;
    expect(objectOf(first)!.retention).toBeNull();
    const adminToken = await createToken(["admin"]);
    await call(retentionRoute, "PUT", "/x", { token: adminToken, json: { mode: "GOVERNANCE", days: 7, reason: "x" } });
    useBucket({ objectLock: false });
    const second = (await upload(token, id, "b.txt", "plain bucket bytes")).body?.evidence as TItem;
    expect(objectOf(second)!.retention).toBeNull();
    expect(ops()).not.toContain("PutObjectRetention");
  });

  describe("bytes registered inside another domain's transaction (a receipt, a containment record)", () => {
    const COLLECTOR = { kind: "system", name: "Breachdesk test collector" } as const;
    const registerInside = (bytes: string, after?: () => never) =>
      prisma.$transaction(async (tx) => {
        const registered = await registerEvidenceFromBuffer({ incidentId: id, name: "receipt.txt", bytes: Buffer.from(bytes), actor: COLLECTOR, reason: "Receipt" }, tx);
        after?.();
        return registered.evidence as unknown as TItem;
      });

    it("makes no S3 call inside the transaction: S3 down, the register row commits, the bytes serve from the database, then reach S3 after", async () => {
      useBucket({ objectLock: true });
      const bucket = bucketName;
      // S3 is unreachable for this bucket while the transaction runs: a store call inside it would fail the change.
      process.env.BREACHDESK_EVIDENCE_S3_URI = "s3://bucket-that-is-down/breachdesk/evidence/";
      sim.requests.length = 0;
      const item = await registerInside("receipt bytes from the regulator portal");
      expect(sim.requests).toEqual([]);
      expect(await prisma.evidencePendingUpload.count()).toBe(1);
      const served = await download(token, id, item.id);
      expect(served.status).toBe(200);
      expect(served.text).toBe("receipt bytes from the regulator portal");
      // Still down: the copy fails, the bytes stay pending, nothing is lost.
      expect(await uploadPendingEvidence()).toBe(0);
      expect(await prisma.evidencePendingUpload.count()).toBe(1);

      process.env.BREACHDESK_EVIDENCE_S3_URI = `s3://${bucket}/breachdesk/evidence/`;
      expect(await uploadPendingEvidence()).toBe(1);
      expect(await prisma.evidencePendingUpload.count()).toBe(0);
      expect(sha(objectOf(item)!.bytes)).toBe(item.sha256);
      sim.requests.length = 0;
      const fromS3 = await download(token, id, item.id);
      expect(fromS3.text).toBe("receipt bytes from the regulator portal");
      expect(ops()).toContain("GetObject");
    });

    it("keeps neither row nor bytes when the caller's transaction rolls back", async () => {
      useBucket({ objectLock: false });
      sim.requests.length = 0;
      await expect(registerInside("rolled back", () => { throw new Error("the caller's change failed"); })).rejects.toThrow("the caller's change failed");
      expect(await prisma.evidencePendingUpload.count()).toBe(0);
      expect(await prisma.evidence.count({ where: { incidentId: id } })).toBe(0);
      expect(await uploadPendingEvidence()).toBe(0);
      expect(sim.requests).toEqual([]);
    });

    it("puts staged bytes in S3 before placing the Object Lock legal hold on them", async () => {
      useBucket({ objectLock: true });
      const item = await registerInside("held at once");
      const placed = await call(holdRoute, "PUT", "/x", { token: legalToken, params: { id, evidenceId: item.id }, json: { hold: true, reason: "Litigation expected", expectedVersion: 1 } });
      expect(placed.status).toBe(200);
      expect(placed.body?.storageHold).toBe("object_lock");
      expect(objectOf(item)!.legalHold).toBe("ON");
      expect(await prisma.evidencePendingUpload.count()).toBe(0);
    });
  });

  it("never writes the secret access key to the console's output", async () => {
    useBucket({ objectLock: true, kmsKeyId: "alias/evidence" });
    const written: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(" ")));
    }
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    const item = (await upload(token, id, "a.txt", "some bytes")).body?.evidence as TItem;
    objectOf(item)!.bytes = Buffer.from("tampered");
    await download(token, id, item.id);
    await call(holdRoute, "PUT", "/x", { token: legalToken, params: { id, evidenceId: item.id }, json: { hold: true, reason: "x", expectedVersion: 1 } });
    vi.restoreAllMocks();
    expect(written.join("\n")).not.toContain(SECRET);
    // And the secret never travels: SigV4 sends a signature, not the key.
    expect(JSON.stringify(sim.requests.map((r) => r.headers))).not.toContain(SECRET);
  });
});
