import { describe, expect, it } from "vitest";
import {
  accountIdFromArn, bucketRegion, dynamoTableStore, rdsClusterStore, rdsInstanceStore, redshiftStore, s3PublicAccess, s3Store, tagsToRecord,
} from "@/lib/inventory/normalise";

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

describe("S3 buckets", () => {
  const base = { name: "exports", region: "eu-west-1", partition: "aws", accountId: "123456789012", encryptionRules: null, publicAccessBlock: null, policyIsPublic: null, tags: [] };

  it("builds the bucket ARN and reads SSE-KMS with its key", () => {
    const store = s3Store({ ...base, encryptionRules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms", KMSMasterKeyID: "arn:aws:kms:eu-west-1:123456789012:key/k1" } }] });
    expect(store).toMatchObject({ arn: "arn:aws:s3:::exports", kind: "s3", region: "eu-west-1", encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/k1" });
  });

  it("counts SSE-S3 as encrypted without a KMS key, and no configuration as not encrypted", () => {
    expect(s3Store({ ...base, encryptionRules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] })).toMatchObject({ encrypted: true, kmsKeyId: null });
    expect(s3Store(base)).toMatchObject({ encrypted: false, kmsKeyId: null });
  });

  it("is public when the policy is public and nothing restricts it; private when all four blocks are on", () => {
    expect(s3PublicAccess(null, true).publicAccess).toBe("public");
    expect(s3PublicAccess({ ...ALL, RestrictPublicBuckets: false }, true).publicAccess).toBe("public");
    expect(s3PublicAccess(ALL, true).publicAccess).toBe("private");
    expect(s3PublicAccess(ALL, null).publicAccess).toBe("private");
    expect(s3PublicAccess({ ...ALL, BlockPublicPolicy: false, BlockPublicAcls: false, IgnorePublicAcls: false }, true).publicAccess).toBe("private");
  });

  it("is possibly public when the policy is not public but the blocks are off, naming the settings that are off", () => {
    const access = s3PublicAccess({ ...ALL, IgnorePublicAcls: false }, false);
    expect(access.publicAccess).toBe("possibly-public");
    expect(access.detail).toContain("IgnorePublicAcls");
    expect(s3PublicAccess(null, null).publicAccess).toBe("possibly-public");
  });

  it("reads the location constraint as a region (empty is us-east-1, EU is eu-west-1)", () => {
    expect(bucketRegion(undefined)).toBe("us-east-1");
    expect(bucketRegion("")).toBe("us-east-1");
    expect(bucketRegion("EU")).toBe("eu-west-1");
    expect(bucketRegion("ap-south-1")).toBe("ap-south-1");
  });
});

describe("RDS", () => {
  const instance = {
    DBInstanceIdentifier: "crm", DBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:crm", StorageEncrypted: false, PubliclyAccessible: true,
    TagList: [{ Key: "DataClassification", Value: "PII" }],
  };

  it("maps an instance: account from its ARN, encryption, public flag, tags", () => {
    expect(rdsInstanceStore(instance, "us-east-1")).toEqual({
      arn: instance.DBInstanceArn, kind: "rds-instance", name: "crm", region: "us-east-1", accountId: "123456789012", encrypted: false, kmsKeyId: null,
      publicAccess: "public", publicAccessDetail: expect.any(String) as string, tags: { DataClassification: "PII" },
    });
  });

  it("takes an Aurora cluster's public state from its member instances when the cluster does not say", () => {
    const cluster = { DBClusterIdentifier: "orders", DBClusterArn: "arn:aws:rds:us-east-1:123456789012:cluster:orders", StorageEncrypted: true, KmsKeyId: "k", DBClusterMembers: [{ DBInstanceIdentifier: "orders-1" }] };
    const member = { DBInstanceIdentifier: "orders-1", DBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:orders-1", PubliclyAccessible: false, DBClusterIdentifier: "orders" };
    expect(rdsClusterStore(cluster, [member], "us-east-1")).toMatchObject({ kind: "rds-cluster", encrypted: true, kmsKeyId: "k", publicAccess: "private" });
    expect(rdsClusterStore(cluster, [{ ...member, PubliclyAccessible: true }], "us-east-1")).toMatchObject({ publicAccess: "public" });
    expect(rdsClusterStore(cluster, [], "us-east-1")).toMatchObject({ publicAccess: "unknown" });
    expect(rdsClusterStore({ ...cluster, PubliclyAccessible: false }, [{ ...member, PubliclyAccessible: true }], "us-east-1")).toMatchObject({ publicAccess: "private" });
  });

  it("skips an answer without an ARN", () => {
    expect(rdsInstanceStore({ DBInstanceIdentifier: "x" }, "us-east-1")).toBeNull();
  });
});

describe("DynamoDB and Redshift", () => {
  it("counts every DynamoDB table as encrypted, naming the KMS key only when one is used", () => {
    const table = { TableName: "profiles", TableArn: "arn:aws:dynamodb:us-east-1:123456789012:table/profiles" };
    expect(dynamoTableStore(table, [], "us-east-1")).toMatchObject({ encrypted: true, kmsKeyId: null, publicAccess: "private", accountId: "123456789012" });
    expect(dynamoTableStore({ ...table, SSEDescription: { Status: "ENABLED", SSEType: "KMS", KMSMasterKeyArn: "arn:k" } }, [], "us-east-1")).toMatchObject({ kmsKeyId: "arn:k" });
  });

  it("builds the Redshift cluster ARN from its namespace's account", () => {
    const store = redshiftStore({ ClusterIdentifier: "dw", ClusterNamespaceArn: "arn:aws:redshift:eu-west-1:210987654321:namespace:abc", Encrypted: false, PubliclyAccessible: false }, "eu-west-1", { partition: "aws", accountId: null });
    expect(store).toMatchObject({ arn: "arn:aws:redshift:eu-west-1:210987654321:cluster:dw", encrypted: false, publicAccess: "private" });
    expect(redshiftStore({ ClusterIdentifier: "dw" }, "eu-west-1", { partition: "aws", accountId: null })).toBeNull();
  });
});

describe("helpers", () => {
  it("reads tags into a sorted object, dropping keyless ones", () => {
    expect(Object.keys(tagsToRecord([{ Key: "b", Value: "2" }, { Key: "a" }, { Value: "x" }]))).toEqual(["a", "b"]);
    expect(tagsToRecord([{ Key: "a" }])).toEqual({ a: "" });
  });

  it("finds the account in an ARN only when it is 12 digits", () => {
    expect(accountIdFromArn("arn:aws:iam::123456789012:role/x")).toBe("123456789012");
    expect(accountIdFromArn("arn:aws:s3:::bucket")).toBeNull();
  });
});
