import "server-only";
import {
  GetBucketEncryptionCommand, GetBucketLocationCommand, GetBucketPolicyStatusCommand, GetBucketTaggingCommand,
  GetPublicAccessBlockCommand, paginateListBuckets, S3Client,
} from "@aws-sdk/client-s3";
import { paginateDescribeDBClusters, paginateDescribeDBInstances, RDSClient, type DBInstance } from "@aws-sdk/client-rds";
import { DescribeTableCommand, DynamoDBClient, ListTagsOfResourceCommand, paginateListTables, type Tag as DynamoTag } from "@aws-sdk/client-dynamodb";
import { paginateDescribeClusters, RedshiftClient } from "@aws-sdk/client-redshift";
import { s3EndpointOverridden } from "@/lib/env";
import { sourceCredentials } from "@/lib/findings/aws-clients";
import {
  accountIdFromArn, bucketRegion, dynamoTableStore, partitionOf, rdsClusterStore, rdsInstanceStore, redshiftStore, s3Store,
  type TDiscoveredStore,
} from "@/lib/inventory/normalise";
import type { TInventoryUnit } from "@/lib/inventory/units";

/**
 * The thin layer over the AWS SDK: one unit's list calls and per-store reads, mapped by lib/inventory/normalise.ts.
 * Credentials are the findings source's (its role assumed through STS, or the standard chain). Endpoints follow the
 * SDK's own overrides (AWS_ENDPOINT_URL_S3, _RDS, _DYNAMODB, _REDSHIFT, _STS); against an overridden S3 endpoint
 * buckets are addressed by path. Never called inside a database transaction.
 */

const SESSION = "breachdesk-inventory";
const config = (unit: { region: string; roleArn: string }) => ({ region: unit.region, maxAttempts: 4, ...sourceCredentials(unit, SESSION) });

/** S3 answers these codes when a bucket simply has no such configuration: not an error, an absence. */
const ABSENT = new Set(["ServerSideEncryptionConfigurationNotFoundError", "NoSuchPublicAccessBlockConfiguration", "NoSuchBucketPolicy", "NoSuchTagSet"]);

async function orAbsent<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    const name = (error as { name?: string; Code?: string }).name ?? (error as { Code?: string }).Code;
    if (name && ABSENT.has(name)) return null;
    throw error;
  }
}

export async function discoverUnit(unit: TInventoryUnit): Promise<TDiscoveredStore[]> {
  switch (unit.service) {
    case "s3": return discoverS3(unit);
    case "rds": return discoverRds(unit);
    case "dynamodb": return discoverDynamo(unit);
    case "redshift": return discoverRedshift(unit);
  }
}

/** S3 is global: one unit per account lists every bucket; each bucket is read through a client of its own region. */
async function discoverS3(unit: TInventoryUnit): Promise<TDiscoveredStore[]> {
  const forcePathStyle = s3EndpointOverridden();
  const clients = new Map<string, S3Client>();
  const clientFor = (region: string) => {
    const existing = clients.get(region);
    if (existing) return existing;
    const client = new S3Client({ ...config({ region, roleArn: unit.roleArn }), forcePathStyle });
    clients.set(region, client);
    return client;
  };
  const home = clientFor(unit.region);
  const stores: TDiscoveredStore[] = [];
  for await (const page of paginateListBuckets({ client: home }, {})) {
    for (const bucket of page.Buckets ?? []) {
      const Bucket = bucket.Name;
      if (!Bucket) continue;
      const location = await home.send(new GetBucketLocationCommand({ Bucket }));
      const region = bucketRegion(location.LocationConstraint);
      const client = clientFor(region);
      const [encryption, block, policy, tagging] = await Promise.all([
        orAbsent(client.send(new GetBucketEncryptionCommand({ Bucket }))),
        orAbsent(client.send(new GetPublicAccessBlockCommand({ Bucket }))),
        orAbsent(client.send(new GetBucketPolicyStatusCommand({ Bucket }))),
        orAbsent(client.send(new GetBucketTaggingCommand({ Bucket }))),
      ]);
      stores.push(
        s3Store({
          name: Bucket,
          region,
          partition: partitionOf(unit.roleArn || undefined),
          accountId: unit.accountId,
          encryptionRules: encryption?.ServerSideEncryptionConfiguration?.Rules ?? null,
          publicAccessBlock: block?.PublicAccessBlockConfiguration ?? null,
          policyIsPublic: policy ? policy.PolicyStatus?.IsPublic === true : null,
          tags: tagging?.TagSet ?? [],
        }),
      );
    }
  }
  for (const client of clients.values()) client.destroy();
  return stores;
}

async function discoverRds(unit: TInventoryUnit): Promise<TDiscoveredStore[]> {
  const client = new RDSClient(config(unit));
  try {
    const instances: DBInstance[] = [];
    for await (const page of paginateDescribeDBInstances({ client }, {})) instances.push(...(page.DBInstances ?? []));
    const stores = instances.map((i) => rdsInstanceStore(i, unit.region));
    for await (const page of paginateDescribeDBClusters({ client }, {})) {
      for (const cluster of page.DBClusters ?? []) stores.push(rdsClusterStore(cluster, instances, unit.region));
    }
    return stores.filter((s) => s !== null);
  } finally {
    client.destroy();
  }
}

async function discoverDynamo(unit: TInventoryUnit): Promise<TDiscoveredStore[]> {
  const client = new DynamoDBClient(config(unit));
  try {
    const stores: TDiscoveredStore[] = [];
    for await (const page of paginateListTables({ client }, {})) {
      for (const TableName of page.TableNames ?? []) {
        const { Table } = await client.send(new DescribeTableCommand({ TableName }));
        if (!Table?.TableArn) continue;
        const tags: DynamoTag[] = [];
        let NextToken: string | undefined;
        do {
          const answer = await client.send(new ListTagsOfResourceCommand({ ResourceArn: Table.TableArn, NextToken }));
          tags.push(...(answer.Tags ?? []));
          NextToken = answer.NextToken;
        } while (NextToken);
        const store = dynamoTableStore(Table, tags, unit.region);
        if (store) stores.push(store);
      }
    }
    return stores;
  } finally {
    client.destroy();
  }
}

async function discoverRedshift(unit: TInventoryUnit): Promise<TDiscoveredStore[]> {
  const client = new RedshiftClient(config(unit));
  try {
    const stores: TDiscoveredStore[] = [];
    const fallback = { partition: partitionOf(unit.roleArn || undefined), accountId: unit.accountId ?? accountIdFromArn(unit.roleArn) };
    for await (const page of paginateDescribeClusters({ client }, {})) {
      for (const cluster of page.Clusters ?? []) {
        const store = redshiftStore(cluster, unit.region, fallback);
        if (store) stores.push(store);
      }
    }
    return stores;
  } finally {
    client.destroy();
  }
}
