import { hash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { sqlRows } from "@/lib/db/sql";
import { commitBatch, prepareBatch, type TIncomingFinding } from "@/lib/findings/ingest";
import { resetDatabase } from "@/tests/integration/reset-db";
import { setStringAt, stringPaths, type TJsonPath } from "@/tests/support/json-paths";

/**
 * Hostile text in every string field of ASFF and native GuardDuty findings, through the real preparation and
 * upsert on PostgreSQL: each finding is stored verbatim (its raw text byte for byte, its columns exactly as sent)
 * or rejected with a reason, and the batch as a whole never fails.
 */

const dir = path.join(process.cwd(), "tests/fixtures/aws");
const sample = (name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;

// Samples carrying every field the schemas read, so each is reached by a mutation.
const asffBase: Record<string, unknown> = {
  ...sample("securityhub-asff-control-S3.4-sse.json"),
  Resources: [
    {
      Type: "AwsIamUser",
      Id: "arn:aws:iam::111111111111:user/alice",
      Partition: "aws",
      Region: "us-east-1",
      Details: { AwsIamUser: { UserName: "alice", Path: "/" } },
    },
  ],
};
const nativeBase = sample("guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json");

// Each schema's limit in UTF-16 code units; strings kept only in the raw JSON get a long one.
const LIMITS: Record<string, number> = {
  SchemaVersion: 64, Id: 512, ProductArn: 2048, AwsAccountId: 64, "Types.0": 256, Title: 256, Description: 1024,
  ProductName: 256, CompanyName: 256, Region: 64, "Resources.0.Type": 256, "Resources.0.Id": 2048, "Resources.0.Region": 64,
  "Resources.0.Partition": 32, "Resources.0.Details.AwsIamUser.UserName": 256, "Compliance.Status": 64, "Workflow.Status": 64,
  WorkflowState: 64, schemaVersion: 64, accountId: 64, region: 64, partition: 32, id: 512, arn: 512, type: 256, title: 256,
  description: 1024, "resource.resourceType": 256, "resource.accessKeyDetails.accessKeyId": 128,
  "resource.accessKeyDetails.userName": 256, "resource.accessKeyDetails.userType": 64, "resource.s3BucketDetails.0.arn": 2048,
  "resource.s3BucketDetails.0.name": 256, "resource.instanceDetails.instanceId": 64,
};
const RAW_ONLY_LENGTH = 20_000;

const HOSTILE = [
  "\u0000", "\ud800", "\udbff", "\udc00", "\udfff", "\u202e", "\u202d", "\u2066", "\u200f", "\ufeff", "\ufffe", "\uffff",
  "\u2028", "\u0085", "\u0001", "\u001f", "\u007f", '"', "\\", "\n", "\u{1F600}", "\u{1D11E}", "é", "日",
];
const hostileChar = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }));

/** A string of exactly `length` UTF-16 code units made of `char` (padded with "x" so no pair is cut). */
const filled = (char: string, length: number) => {
  const body = char.repeat(Math.floor(length / char.length));
  return body + "x".repeat(length - body.length);
};

/** A mutation: hostile characters, or one of them filling the field to its limit (`over` 0) or one past it (1). */
type TMutation = { path: TJsonPath; chars: string[] } | { path: TJsonPath; fill: string; over: number };
const mutation = (paths: TJsonPath[]): fc.Arbitrary<TMutation> =>
  fc.oneof(
    fc.record({ path: fc.constantFrom(...paths), chars: fc.array(hostileChar, { maxLength: 12 }) }),
    fc.record({ path: fc.constantFrom(...paths), fill: hostileChar, over: fc.constantFrom(0, 1) }),
  );
const textOf = (m: TMutation, limit: number) => ("chars" in m ? m.chars.join("") : filled(m.fill, limit + m.over));

const findingArbitrary = fc.oneof(
  fc.record({ format: fc.constant("asff" as const), mutations: fc.array(mutation(stringPaths(asffBase)), { minLength: 1, maxLength: 3 }) }),
  fc.record({ format: fc.constant("guardduty" as const), mutations: fc.array(mutation(stringPaths(nativeBase)), { minLength: 1, maxLength: 3 }) }),
);

let uniqueness = 0;

/** A finding with its mutations applied; the key fields get a unique prefix so no two findings share a row. */
function build(spec: { format: "asff" | "guardduty"; mutations: TMutation[] }, n: number) {
  const value = structuredClone(spec.format === "asff" ? asffBase : nativeBase);
  const unique = `u${(uniqueness += 1)}-${n}:`;
  const keyFields = spec.format === "asff" ? ["Id", "ProductArn"] : ["arn"];
  for (const k of keyFields) setStringAt(value, [k], unique + String(value[k]));
  for (const m of spec.mutations) {
    const name = m.path.join(".");
    const text = textOf(m, LIMITS[name] ?? RAW_ONLY_LENGTH);
    // A key field keeps its unique prefix, within the same length.
    setStringAt(value, m.path, keyFields.includes(name) ? (unique + text).slice(0, Math.max(text.length, unique.length)) : text);
  }
  return value;
}

type TStoredRow = {
  raw: string;
  product_arn: string;
  aws_id: string;
  title: string;
  description: string;
  types: string[];
  aws_account_id: string;
  resource_ids: string[];
};

describe("hostile Unicode in every string field", () => {
  beforeAll(resetDatabase);

  it("stores each finding verbatim or rejects it with a reason, and never fails a batch", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(findingArbitrary, { minLength: 1, maxLength: 8 }), fc.constantFrom(1, 2), fc.boolean(), async (specs, lanes, pretty) => {
        const items: TIncomingFinding[] = specs.map((spec, n) => {
          const value = build(spec, n);
          // Sent as a provider would: JSON text (escaping what it must), compact or indented.
          const raw = JSON.stringify(value, null, pretty ? 2 : undefined);
          return { value: JSON.parse(raw) as unknown, raw };
        });
        const result = await commitBatch(await prepareBatch(items, lanes), { via: "property", actor: { kind: "system", name: "property" } });

        const rejected = new Map(result.rejections.map((r) => [r.index, r]));
        expect(result.received).toBe(items.length);
        expect(result.rejected).toBe(rejected.size);
        expect(result.inserted).toBe(items.length - rejected.size);

        const hashes = items.map((item) => hash("sha256", item.raw, "hex"));
        const rows = await sqlRows<TStoredRow & { payload_hash: string }>(
          `SELECT v.payload_hash, v.raw, f.product_arn, f.aws_id, f.title, f.description, f.types, f.aws_account_id, f.resource_ids
             FROM finding_versions v JOIN findings f ON f.id = v.finding_id WHERE v.payload_hash = ANY($1::text[])`,
          [hashes],
        );
        const stored = new Map(rows.map((r) => [r.payload_hash, r]));
        items.forEach((item, index) => {
          const rejection = rejected.get(index);
          const row = stored.get(hashes[index]!);
          if (rejection) {
            expect(row, `finding ${index} was rejected yet stored`).toBeUndefined();
            expect(rejection.reasons.length).toBeGreaterThan(0);
            for (const r of rejection.reasons) expect(r.name.length * r.reason.length).toBeGreaterThan(0);
            return;
          }
          expect(row, `finding ${index} was neither stored nor rejected`).toBeDefined();
          expect(row!.raw).toBe(item.raw);
          expect(sent(item.value)).toEqual({
            product_arn: row!.product_arn,
            aws_id: row!.aws_id,
            title: row!.title,
            description: row!.description,
            types: row!.types,
            aws_account_id: row!.aws_account_id,
            first_resource_id: row!.resource_ids[0],
          });
        });
      }),
      { numRuns: 40 },
    );
  });
});

/** The columns a stored finding must hold exactly as sent. */
function sent(value: unknown) {
  const f = value as Record<string, unknown>;
  if ("ProductArn" in f) {
    const resources = f.Resources as { Id: string }[];
    return {
      product_arn: f.ProductArn,
      aws_id: f.Id,
      title: f.Title,
      description: f.Description,
      types: f.Types,
      aws_account_id: f.AwsAccountId,
      first_resource_id: resources[0]!.Id,
    };
  }
  const key = (f.resource as { accessKeyDetails: { accessKeyId: string; userName: string } }).accessKeyDetails;
  return {
    product_arn: `arn:${f.partition}:securityhub:${f.region}::product/aws/guardduty`,
    aws_id: f.arn,
    title: f.title,
    description: f.description,
    types: [f.type],
    aws_account_id: f.accountId,
    first_resource_id: key.accessKeyId || key.userName || "unknown",
  };
}
