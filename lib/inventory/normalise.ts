/**
 * Pure mapping from what the AWS APIs answer to one shape per data store. No SDK import: the inputs are the fields
 * of the SDK's output types that discovery reads (structurally compatible), so the rules are unit-tested alone.
 * Text from AWS (names, tags) is attacker-controlled: it is kept as data and rendered as text only.
 */

export const DISCOVERED_KINDS = ["s3", "rds-instance", "rds-cluster", "dynamodb", "redshift"] as const;
export type TDiscoveredKind = (typeof DISCOVERED_KINDS)[number];

/**
 * public: reachable from the internet as configured; possibly-public: nothing found that makes it public, but not
 * everything that could is blocked (e.g. S3 ACLs with Block Public Access off); private: blocked or not publicly
 * accessible; unknown: AWS did not say.
 */
export type TPublicAccess = "public" | "possibly-public" | "private" | "unknown";

export type TDiscoveredStore = {
  arn: string;
  kind: TDiscoveredKind;
  name: string;
  region: string;
  accountId: string | null;
  encrypted: boolean;
  kmsKeyId: string | null;
  publicAccess: TPublicAccess;
  /** Why, in words (shown beside the state). */
  publicAccessDetail: string;
  tags: Record<string, string>;
};

type TTag = { Key?: string | undefined; Value?: string | undefined };

/** AWS tags (a list of Key/Value) as an object; a tag without a key is dropped, a missing value is "". */
export function tagsToRecord(tags: readonly TTag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key) out[tag.Key] = tag.Value ?? "";
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The account id inside an ARN (arn:partition:service:region:account:…), or null. */
export function accountIdFromArn(arn: string | undefined): string | null {
  const account = arn?.split(":")[4];
  return account && /^\d{12}$/.test(account) ? account : null;
}

/** The partition of an ARN ("aws", "aws-us-gov", "aws-cn"), "aws" when none is given. */
export function partitionOf(arn: string | undefined): string {
  const partition = arn?.split(":")[1];
  return partition && /^aws(-[a-z-]+)?$/.test(partition) ? partition : "aws";
}

/** GetBucketLocation's LocationConstraint as a region: empty is us-east-1, the legacy "EU" is eu-west-1. */
export function bucketRegion(locationConstraint: string | undefined | null): string {
  if (!locationConstraint) return "us-east-1";
  if (locationConstraint === "EU") return "eu-west-1";
  return locationConstraint;
}

export type TPublicAccessBlock = {
  BlockPublicAcls?: boolean | undefined;
  IgnorePublicAcls?: boolean | undefined;
  BlockPublicPolicy?: boolean | undefined;
  RestrictPublicBuckets?: boolean | undefined;
};

export type TS3BucketFacts = {
  name: string;
  region: string;
  partition: string;
  accountId: string | null;
  /** GetBucketEncryption's rules; null when the bucket has no default encryption configuration. */
  encryptionRules: readonly { ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string | undefined; KMSMasterKeyID?: string | undefined } | undefined }[] | null;
  /** The bucket's Block Public Access configuration; null when none is set. */
  publicAccessBlock: TPublicAccessBlock | null;
  /** GetBucketPolicyStatus IsPublic; null when the bucket has no policy. */
  policyIsPublic: boolean | null;
  tags: readonly TTag[];
};

/** S3 public access from the bucket's Block Public Access and policy status (the account-level block is not read). */
export function s3PublicAccess(block: TPublicAccessBlock | null, policyIsPublic: boolean | null): { publicAccess: TPublicAccess; detail: string } {
  const allBlocked = Boolean(block?.BlockPublicAcls && block.IgnorePublicAcls && block.BlockPublicPolicy && block.RestrictPublicBuckets);
  if (policyIsPublic && !block?.RestrictPublicBuckets) return { publicAccess: "public", detail: "The bucket policy grants public access and Block Public Access does not restrict it." };
  if (allBlocked) return { publicAccess: "private", detail: "Block Public Access is on for the bucket (all four settings)." };
  if (policyIsPublic) return { publicAccess: "private", detail: "The bucket policy is public, but Block Public Access restricts it to the account." };
  const off = block
    ? (["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"] as const).filter((k) => !block[k]).join(", ")
    : "all four settings";
  return { publicAccess: "possibly-public", detail: `The bucket policy is not public, but Block Public Access is off (${off}): ACLs may grant public access.` };
}

export function s3Store(facts: TS3BucketFacts): TDiscoveredStore {
  const byDefault = facts.encryptionRules?.map((r) => r.ApplyServerSideEncryptionByDefault).find((d) => d?.SSEAlgorithm);
  const access = s3PublicAccess(facts.publicAccessBlock, facts.policyIsPublic);
  return {
    arn: `arn:${facts.partition}:s3:::${facts.name}`,
    kind: "s3",
    name: facts.name,
    region: facts.region,
    accountId: facts.accountId,
    encrypted: Boolean(byDefault?.SSEAlgorithm),
    kmsKeyId: byDefault?.SSEAlgorithm?.startsWith("aws:kms") ? (byDefault.KMSMasterKeyID ?? "aws/s3") : null,
    publicAccess: access.publicAccess,
    publicAccessDetail: access.detail,
    tags: tagsToRecord(facts.tags),
  };
}

export type TRdsInstance = {
  DBInstanceIdentifier?: string | undefined;
  DBInstanceArn?: string | undefined;
  DBClusterIdentifier?: string | undefined;
  StorageEncrypted?: boolean | undefined;
  KmsKeyId?: string | undefined;
  PubliclyAccessible?: boolean | undefined;
  TagList?: readonly TTag[] | undefined;
};

function publicFlag(value: boolean | undefined, what: string): { publicAccess: TPublicAccess; detail: string } {
  if (value === true) return { publicAccess: "public", detail: `The ${what} is publicly accessible (it has a public address).` };
  if (value === false) return { publicAccess: "private", detail: `The ${what} is not publicly accessible.` };
  return { publicAccess: "unknown", detail: `AWS did not say whether the ${what} is publicly accessible.` };
}

export function rdsInstanceStore(instance: TRdsInstance, region: string): TDiscoveredStore | null {
  if (!instance.DBInstanceArn || !instance.DBInstanceIdentifier) return null;
  const access = publicFlag(instance.PubliclyAccessible, "DB instance");
  return {
    arn: instance.DBInstanceArn,
    kind: "rds-instance",
    name: instance.DBInstanceIdentifier,
    region,
    accountId: accountIdFromArn(instance.DBInstanceArn),
    encrypted: instance.StorageEncrypted === true,
    kmsKeyId: instance.StorageEncrypted ? (instance.KmsKeyId ?? null) : null,
    publicAccess: access.publicAccess,
    publicAccessDetail: access.detail,
    tags: tagsToRecord(instance.TagList),
  };
}

export type TRdsCluster = {
  DBClusterIdentifier?: string | undefined;
  DBClusterArn?: string | undefined;
  StorageEncrypted?: boolean | undefined;
  KmsKeyId?: string | undefined;
  PubliclyAccessible?: boolean | undefined;
  DBClusterMembers?: readonly { DBInstanceIdentifier?: string | undefined }[] | undefined;
  TagList?: readonly TTag[] | undefined;
};

/**
 * An RDS or Aurora cluster. Aurora says whether it is reachable on its instances, not on the cluster: without the
 * cluster's own flag, the cluster is public when one of its member instances is.
 */
export function rdsClusterStore(cluster: TRdsCluster, instances: readonly TRdsInstance[], region: string): TDiscoveredStore | null {
  if (!cluster.DBClusterArn || !cluster.DBClusterIdentifier) return null;
  let access = publicFlag(cluster.PubliclyAccessible, "DB cluster");
  if (cluster.PubliclyAccessible === undefined) {
    const memberIds = new Set((cluster.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier));
    const members = instances.filter((i) => memberIds.has(i.DBInstanceIdentifier) || i.DBClusterIdentifier === cluster.DBClusterIdentifier);
    const exposed = members.filter((m) => m.PubliclyAccessible === true).map((m) => m.DBInstanceIdentifier);
    if (exposed.length > 0) access = { publicAccess: "public", detail: `Member instance ${exposed.join(", ")} is publicly accessible.` };
    else if (members.length > 0 && members.every((m) => m.PubliclyAccessible === false)) access = { publicAccess: "private", detail: "No member instance is publicly accessible." };
  }
  return {
    arn: cluster.DBClusterArn,
    kind: "rds-cluster",
    name: cluster.DBClusterIdentifier,
    region,
    accountId: accountIdFromArn(cluster.DBClusterArn),
    encrypted: cluster.StorageEncrypted === true,
    kmsKeyId: cluster.StorageEncrypted ? (cluster.KmsKeyId ?? null) : null,
    publicAccess: access.publicAccess,
    publicAccessDetail: access.detail,
    tags: tagsToRecord(cluster.TagList),
  };
}

export type TDynamoTable = {
  TableName?: string | undefined;
  TableArn?: string | undefined;
  SSEDescription?: { Status?: string | undefined; SSEType?: string | undefined; KMSMasterKeyArn?: string | undefined } | undefined;
};

/**
 * A DynamoDB table. DynamoDB encrypts every table at rest: with no SSEDescription the key is AWS owned; with KMS the
 * key is named. Tables are reached through IAM only (resource-based policies are not read), so they count as private.
 */
export function dynamoTableStore(table: TDynamoTable, tags: readonly TTag[], region: string): TDiscoveredStore | null {
  if (!table.TableArn || !table.TableName) return null;
  const sse = table.SSEDescription;
  const kms = sse?.SSEType === "KMS" && sse.Status !== "DISABLED" ? (sse.KMSMasterKeyArn ?? "aws/dynamodb") : null;
  return {
    arn: table.TableArn,
    kind: "dynamodb",
    name: table.TableName,
    region,
    accountId: accountIdFromArn(table.TableArn),
    encrypted: true,
    kmsKeyId: kms,
    publicAccess: "private",
    publicAccessDetail: "DynamoDB tables are reached through IAM only (resource policies are not checked).",
    tags: tagsToRecord(tags),
  };
}

export type TRedshiftCluster = {
  ClusterIdentifier?: string | undefined;
  ClusterNamespaceArn?: string | undefined;
  Encrypted?: boolean | undefined;
  KmsKeyId?: string | undefined;
  PubliclyAccessible?: boolean | undefined;
  Tags?: readonly TTag[] | undefined;
};

/** A Redshift cluster; its ARN is built (DescribeClusters does not return it) from the namespace's account. */
export function redshiftStore(cluster: TRedshiftCluster, region: string, fallback: { partition: string; accountId: string | null }): TDiscoveredStore | null {
  if (!cluster.ClusterIdentifier) return null;
  const accountId = accountIdFromArn(cluster.ClusterNamespaceArn) ?? fallback.accountId;
  if (!accountId) return null;
  const partition = cluster.ClusterNamespaceArn ? partitionOf(cluster.ClusterNamespaceArn) : fallback.partition;
  const access = publicFlag(cluster.PubliclyAccessible, "cluster");
  return {
    arn: `arn:${partition}:redshift:${region}:${accountId}:cluster:${cluster.ClusterIdentifier}`,
    kind: "redshift",
    name: cluster.ClusterIdentifier,
    region,
    accountId,
    encrypted: cluster.Encrypted === true,
    kmsKeyId: cluster.Encrypted ? (cluster.KmsKeyId ?? null) : null,
    publicAccess: access.publicAccess,
    publicAccessDetail: access.detail,
    tags: tagsToRecord(cluster.Tags),
  };
}
