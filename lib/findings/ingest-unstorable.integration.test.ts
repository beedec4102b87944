import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { ingestBatch, prepareBatch, commitBatch, type TIncomingFinding } from "@/lib/findings/ingest";
import { resetDatabase } from "@/tests/integration/reset-db";

const dir = path.join(process.cwd(), "tests/fixtures/aws");
const sample = (name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;
const incoming = (value: unknown): TIncomingFinding => ({ value, raw: JSON.stringify(value) });
const opts = { via: "test", actor: { kind: "system", name: "test intake" } as const };

const asff = sample("securityhub-asff-control-S3.4-sse.json");
const native = sample("guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json");
/** `length` CJK ideographs in a pseudo-random order (so PostgreSQL cannot compress them in the index). */
const varied = (length: number, seed: number) => {
  let x = seed;
  return Array.from({ length }, () => String.fromCharCode(0x4e00 + ((x = (x * 1103515245 + 12345) & 0x7fffffff) % 20_000))).join("");
};
const asffNumbered = (n: number, changes: Record<string, unknown> = {}) => ({ ...asff, Id: `${String(asff.Id)}/${n}`, ...changes });
const nativeNumbered = (n: number, changes: Record<string, unknown> = {}) => ({
  ...native,
  arn: `${String(native.arn)}-${n}`,
  ...changes,
});

describe("a finding PostgreSQL cannot store is rejected alone", () => {
  beforeEach(resetDatabase);

  it("rejects a NUL in a Title and an unpaired surrogate in a Resource Id with their fields named; the neighbours are stored", async () => {
    const items = [
      incoming(asffNumbered(0)),
      incoming(asffNumbered(1, { Title: "before\u0000after" })),
      incoming(asffNumbered(2)),
      incoming(asffNumbered(3, { Resources: [{ Type: "AwsS3Bucket", Id: "arn:aws:s3:::b\ud800" }] })),
      incoming(nativeNumbered(4, { title: "lone low \udc00 surrogate" })),
      incoming(nativeNumbered(5)),
    ];
    const result = await ingestBatch(items, opts);
    expect(result).toMatchObject({ received: 6, inserted: 3, rejected: 3 });
    expect(result.rejections.map((r) => [r.index, r.reasons[0]?.name])).toEqual([
      [1, "Title"],
      [3, "Resources.0.Id"],
      [4, "title"],
    ]);
    expect(result.rejections[0]?.reasons[0]?.reason).toMatch(/NUL/);
    expect(result.rejections[1]?.reasons[0]?.reason).toMatch(/surrogate/);
    expect(await prisma.finding.count()).toBe(3);
  });

  it("stores verbatim a finding whose NUL or lone surrogate sits only in what is kept as raw JSON", async () => {
    const details = { AwsS3Bucket: { OwnerName: "nul\u0000 lone\ud83d and \u202e override" } };
    const value = asffNumbered(7, { Resources: [{ Type: "AwsS3Bucket", Id: "arn:aws:s3:::bucket-7", Details: details }], CompanyName: "Acme\u0000" });
    const raw = JSON.stringify(value, null, 1);
    expect(raw).toContain("\\u0000");
    const result = await ingestBatch([{ value, raw }], opts);
    expect(result).toMatchObject({ inserted: 1, rejected: 0 });
    const version = await prisma.findingVersion.findFirstOrThrow();
    expect(version.raw).toBe(raw);
    expect(JSON.parse(version.raw)).toEqual(value);
  });

  it("rejects a raw payload that is not well-formed Unicode instead of storing it mangled", async () => {
    const value = asffNumbered(8);
    const raw = `${JSON.stringify(value).slice(0, -1)},"X":"\ud800"}`; // a literal lone surrogate in the text itself
    const result = await ingestBatch([{ value, raw }, incoming(asffNumbered(9))], opts);
    expect(result).toMatchObject({ inserted: 1, rejected: 1 });
    expect(result.rejections[0]).toMatchObject({ index: 0, reasons: [{ name: "finding" }] });
    expect(result.rejections[0]?.reasons[0]?.reason).toMatch(/surrogate/);
  });

  it("rejects a finding whose ProductArn and Id are too many bytes for the database's unique index", async () => {
    // 512 and 400 varied three-byte characters: within ASFF's limits in characters, 2,774 bytes that do not compress.
    const wide = asffNumbered(10, { Id: varied(512, 1), ProductArn: `arn:aws:securityhub:us-east-1::product/${varied(400, 2)}` });
    const result = await ingestBatch([incoming(wide), incoming(asffNumbered(11))], opts);
    expect(result).toMatchObject({ inserted: 1, rejected: 1 });
    expect(result.rejections[0]?.reasons[0]).toMatchObject({ name: "Id" });
    expect(result.rejections[0]?.reasons[0]?.reason).toMatch(/bytes/);
  });

  it("rejects a finding of more than 1 MiB of JSON, even when the bulk sits in fields kept only as raw", async () => {
    const huge = asffNumbered(14, { ProductFields: { blob: "x".repeat(1024 * 1024) } });
    const result = await ingestBatch([incoming(huge), incoming(asffNumbered(15))], opts);
    expect(result).toMatchObject({ inserted: 1, rejected: 1 });
    expect(result.rejections[0]?.reasons[0]).toMatchObject({ name: "finding", reason: expect.stringMatching(/at most 1048576/) });
  });

  it("rejects a date the database cannot hold (year 0) with the field named", async () => {
    const result = await ingestBatch([incoming(asffNumbered(12, { UpdatedAt: "0000-06-01T00:00:00Z" })), incoming(asffNumbered(13))], opts);
    expect(result).toMatchObject({ inserted: 1, rejected: 1 });
    expect(result.rejections[0]?.reasons[0]?.name).toBe("UpdatedAt");
  });
});

describe("when PostgreSQL still refuses a batch, each finding is retried alone", () => {
  beforeEach(resetDatabase);

  it("stores every other finding of the batch and rejects the refused one with a reason", async () => {
    // A rule the preparation knows nothing about (as a future constraint would be): PostgreSQL refuses the row.
    await sqlRows(`ALTER TABLE findings ADD CONSTRAINT test_refuse_poison CHECK (title <> 'poison')`, []);
    try {
      const items = Array.from({ length: 40 }, (_, n) => incoming(asffNumbered(100 + n, n === 17 ? { Title: "poison" } : {})));
      for (const lanes of [1, 2]) {
        await resetDatabase();
        const result = await commitBatch(await prepareBatch(items, lanes), opts);
        expect(result, `${lanes} lane(s)`).toMatchObject({ received: 40, inserted: 39, rejected: 1, unchanged: 0 });
        expect(result.rejections).toEqual([
          { index: 17, key: `${String(asff.Id)}/117`, reasons: [{ name: "finding", reason: expect.stringMatching(/database refused/) }] },
        ]);
        expect(await prisma.finding.count()).toBe(39);
        expect(await prisma.findingVersion.count()).toBe(39);
      }
    } finally {
      await sqlRows(`ALTER TABLE findings DROP CONSTRAINT test_refuse_poison`, []);
    }
  });

  it("still moves a pull's watermark, written after the retried lanes", async () => {
    await sqlRows(`ALTER TABLE findings ADD CONSTRAINT test_refuse_poison CHECK (title <> 'poison')`, []);
    try {
      const source = await prisma.findingSource.create({ data: { kind: "securityhub", region: "us-east-1", roleArn: "" } });
      const items = Array.from({ length: 10 }, (_, n) => incoming(asffNumbered(200 + n, n === 3 ? { Title: "poison" } : {})));
      const result = await commitBatch(await prepareBatch(items, 1), {
        ...opts,
        alsoInTransaction: (sql) => sql("UPDATE finding_sources SET watermark = '2030-01-01T00:00:00Z' WHERE id = $1::uuid", [source.id]),
      });
      expect(result).toMatchObject({ inserted: 9, rejected: 1 });
      expect((await prisma.findingSource.findUniqueOrThrow({ where: { id: source.id } })).watermark?.toISOString()).toBe("2030-01-01T00:00:00.000Z");
    } finally {
      await sqlRows(`ALTER TABLE findings DROP CONSTRAINT test_refuse_poison`, []);
    }
  });
});
