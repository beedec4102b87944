/**
 * A local HTTP server speaking enough of four AWS wire protocols for inventory discovery with the real SDK clients:
 *  - S3 REST-XML, path-style (AWS_ENDPOINT_URL_S3; the client sets forcePathStyle): ListBuckets (GET /),
 *    GetBucketLocation (?location), GetBucketEncryption (?encryption), GetPublicAccessBlock (?publicAccessBlock),
 *    GetBucketPolicyStatus (?policyStatus), GetBucketTagging (?tagging), with S3's "no such configuration" 404s;
 *  - RDS Query/XML (AWS_ENDPOINT_URL_RDS): DescribeDBInstances, DescribeDBClusters, tags in TagList;
 *  - DynamoDB JSON 1.0 (AWS_ENDPOINT_URL_DYNAMODB): ListTables, DescribeTable, ListTagsOfResource;
 *  - Redshift Query/XML (AWS_ENDPOINT_URL_REDSHIFT): DescribeClusters with Tags;
 * plus STS AssumeRole (AWS_ENDPOINT_URL_STS), so a call made with an assumed role's key is answered from that role's
 * account. The estate is an in-memory model per account and region; an account can be made to refuse every call
 * (AccessDenied), and every call is counted by account and operation.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type TTags = Record<string, string>;
export type TSimS3Bucket = {
  name: string;
  region: string;
  /** "AES256" | "aws:kms" | null (no default encryption configuration). */
  encryption: { algorithm: string; kmsKeyId?: string } | null;
  publicAccessBlock: { BlockPublicAcls: boolean; IgnorePublicAcls: boolean; BlockPublicPolicy: boolean; RestrictPublicBuckets: boolean } | null;
  /** Policy status; null: the bucket has no policy. */
  policyPublic: boolean | null;
  tags: TTags;
};
export type TSimRdsInstance = { id: string; engine: string; encrypted: boolean; kmsKeyId?: string; publiclyAccessible: boolean; clusterId?: string; tags: TTags };
export type TSimRdsCluster = { id: string; engine: string; encrypted: boolean; kmsKeyId?: string; publiclyAccessible?: boolean; members: string[]; tags: TTags };
export type TSimDynamoTable = { name: string; kmsKeyArn?: string; tags: TTags };
export type TSimRedshiftCluster = { id: string; encrypted: boolean; kmsKeyId?: string; publiclyAccessible: boolean; tags: TTags };
export type TSimRegion = { rdsInstances: TSimRdsInstance[]; rdsClusters: TSimRdsCluster[]; dynamoTables: TSimDynamoTable[]; redshiftClusters: TSimRedshiftCluster[] };
export type TSimAccount = { buckets: TSimS3Bucket[]; regions: Map<string, TSimRegion>; region(name: string): TSimRegion };

export type TInventorySimulator = {
  url: string;
  /** The account answering calls made with keys that are not an assumed role's (the "default credentials"). */
  defaultAccountId: string;
  account(id: string): TSimAccount;
  /** Accounts whose every call is refused with AccessDenied. */
  refuseAccounts: Set<string>;
  calls: { accountId: string; operation: string }[];
  close(): Promise<void>;
};

const S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/";

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const tagXml = (tags: TTags, element = "Tag") => Object.entries(tags).map(([k, v]) => `<${element}><Key>${xml(k)}</Key><Value>${xml(v)}</Value></${element}>`).join("");

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function newAccount(): TSimAccount {
  const regions = new Map<string, TSimRegion>();
  return {
    buckets: [],
    regions,
    region(name) {
      const found = regions.get(name) ?? { rdsInstances: [], rdsClusters: [], dynamoTables: [], redshiftClusters: [] };
      regions.set(name, found);
      return found;
    },
  };
}

export async function startInventorySimulator(options: { defaultAccountId?: string } = {}): Promise<TInventorySimulator> {
  const accounts = new Map<string, TSimAccount>();
  const keyToAccount = new Map<string, string>();
  let issued = 0;
  const sim = {
    defaultAccountId: options.defaultAccountId ?? "111111111111",
    refuseAccounts: new Set<string>(),
    calls: [] as TInventorySimulator["calls"],
    account(id: string) {
      const found = accounts.get(id) ?? newAccount();
      accounts.set(id, found);
      return found;
    },
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const text = await body(req);
      const auth = req.headers.authorization ?? "";
      const accessKeyId = /Credential=([^/]+)\//.exec(auth)?.[1] ?? "";
      const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(auth)?.[1] ?? "us-east-1";
      const accountId = keyToAccount.get(accessKeyId) ?? sim.defaultAccountId;
      const account = sim.account(accountId);
      const url = new URL(req.url ?? "/", "http://localhost");
      const target = String(req.headers["x-amz-target"] ?? "");
      const form = new URLSearchParams(req.method === "POST" && !target ? text : "");
      const action = form.get("Action") ?? "";

      const sendXml = (status: number, payload: string) => {
        res.writeHead(status, { "content-type": "text/xml" });
        res.end(`<?xml version="1.0" encoding="UTF-8"?>${payload}`);
      };
      const queryError = (status: number, code: string, message: string) =>
        sendXml(status, `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xml(message)}</Message></Error><RequestId>sim</RequestId></ErrorResponse>`);
      const s3Error = (status: number, code: string, message: string) => sendXml(status, `<Error><Code>${code}</Code><Message>${xml(message)}</Message><RequestId>sim</RequestId></Error>`);
      const json = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/x-amz-json-1.0" });
        res.end(JSON.stringify(payload));
      };

      // ─── STS ───
      if (action === "AssumeRole") {
        const roleArn = form.get("RoleArn") ?? "";
        const key = `ASIASIM${String(++issued).padStart(9, "0")}`;
        keyToAccount.set(key, roleArn.split(":")[4] ?? sim.defaultAccountId);
        return sendXml(
          200,
          `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>` +
            `<AccessKeyId>${key}</AccessKeyId><SecretAccessKey>sim-secret</SecretAccessKey><SessionToken>sim-token</SessionToken>` +
            `<Expiration>${new Date(Date.now() + 3_600_000).toISOString()}</Expiration></Credentials>` +
            `<AssumedRoleUser><Arn>${xml(roleArn)}/sim</Arn><AssumedRoleId>AROASIM:sim</AssumedRoleId></AssumedRoleUser>` +
            `</AssumeRoleResult><ResponseMetadata><RequestId>sim</RequestId></ResponseMetadata></AssumeRoleResponse>`,
        );
      }

      const operation = target ? target.split(".")[1] ?? target : action || s3Operation(req.method ?? "GET", url);
      sim.calls.push({ accountId, operation });
      const refused = sim.refuseAccounts.has(accountId);
      const arnPrefix = (service: string) => `arn:aws:${service}:${region}:${accountId}`;
      const here = account.region(region);

      // ─── DynamoDB (JSON 1.0) ───
      if (target.startsWith("DynamoDB_20120810.")) {
        if (refused) return json(400, { __type: "com.amazonaws.dynamodb.v20120810#AccessDeniedException", message: `User is not authorized to perform: dynamodb:${operation}` });
        const input = (text ? JSON.parse(text) : {}) as Record<string, string>;
        if (operation === "ListTables") return json(200, { TableNames: here.dynamoTables.map((t) => t.name).sort() });
        const tableArn = (name: string) => `${arnPrefix("dynamodb")}:table/${name}`;
        if (operation === "DescribeTable") {
          const table = here.dynamoTables.find((t) => t.name === input.TableName);
          if (!table) return json(400, { __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", message: "Requested resource not found" });
          return json(200, {
            Table: {
              TableName: table.name, TableArn: tableArn(table.name), TableStatus: "ACTIVE", ItemCount: 0,
              ...(table.kmsKeyArn ? { SSEDescription: { Status: "ENABLED", SSEType: "KMS", KMSMasterKeyArn: table.kmsKeyArn } } : {}),
            },
          });
        }
        if (operation === "ListTagsOfResource") {
          const table = here.dynamoTables.find((t) => tableArn(t.name) === input.ResourceArn);
          return json(200, { Tags: Object.entries(table?.tags ?? {}).map(([Key, Value]) => ({ Key, Value })) });
        }
        return json(400, { __type: "com.amazonaws.dynamodb.v20120810#UnknownOperationException", message: `The simulator does not implement ${operation}` });
      }

      // ─── RDS and Redshift (Query, XML) ───
      if (action) {
        if (refused) return queryError(403, "AccessDenied", `User is not authorized to perform: ${action}`);
        if (action === "DescribeDBInstances") {
          const items = here.rdsInstances.map((i) =>
            `<DBInstance><DBInstanceIdentifier>${xml(i.id)}</DBInstanceIdentifier><DBInstanceArn>${arnPrefix("rds")}:db:${xml(i.id)}</DBInstanceArn>` +
            `<Engine>${xml(i.engine)}</Engine><DBInstanceStatus>available</DBInstanceStatus><StorageEncrypted>${i.encrypted}</StorageEncrypted>` +
            (i.kmsKeyId ? `<KmsKeyId>${xml(i.kmsKeyId)}</KmsKeyId>` : "") +
            `<PubliclyAccessible>${i.publiclyAccessible}</PubliclyAccessible>` +
            (i.clusterId ? `<DBClusterIdentifier>${xml(i.clusterId)}</DBClusterIdentifier>` : "") +
            `<TagList>${tagXml(i.tags)}</TagList></DBInstance>`).join("");
          return sendXml(200, `<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances>${items}</DBInstances></DescribeDBInstancesResult><ResponseMetadata><RequestId>sim</RequestId></ResponseMetadata></DescribeDBInstancesResponse>`);
        }
        if (action === "DescribeDBClusters") {
          const items = here.rdsClusters.map((c) =>
            `<DBCluster><DBClusterIdentifier>${xml(c.id)}</DBClusterIdentifier><DBClusterArn>${arnPrefix("rds")}:cluster:${xml(c.id)}</DBClusterArn>` +
            `<Engine>${xml(c.engine)}</Engine><Status>available</Status><StorageEncrypted>${c.encrypted}</StorageEncrypted>` +
            (c.kmsKeyId ? `<KmsKeyId>${xml(c.kmsKeyId)}</KmsKeyId>` : "") +
            (c.publiclyAccessible === undefined ? "" : `<PubliclyAccessible>${c.publiclyAccessible}</PubliclyAccessible>`) +
            `<DBClusterMembers>${c.members.map((m) => `<DBClusterMember><DBInstanceIdentifier>${xml(m)}</DBInstanceIdentifier><IsClusterWriter>true</IsClusterWriter></DBClusterMember>`).join("")}</DBClusterMembers>` +
            `<TagList>${tagXml(c.tags)}</TagList></DBCluster>`).join("");
          return sendXml(200, `<DescribeDBClustersResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBClustersResult><DBClusters>${items}</DBClusters></DescribeDBClustersResult><ResponseMetadata><RequestId>sim</RequestId></ResponseMetadata></DescribeDBClustersResponse>`);
        }
        if (action === "DescribeClusters") {
          const items = here.redshiftClusters.map((c) =>
            `<Cluster><ClusterIdentifier>${xml(c.id)}</ClusterIdentifier><ClusterStatus>available</ClusterStatus>` +
            `<ClusterNamespaceArn>${arnPrefix("redshift")}:namespace:${xml(c.id)}-ns</ClusterNamespaceArn>` +
            `<Encrypted>${c.encrypted}</Encrypted>` + (c.kmsKeyId ? `<KmsKeyId>${xml(c.kmsKeyId)}</KmsKeyId>` : "") +
            `<PubliclyAccessible>${c.publiclyAccessible}</PubliclyAccessible><Tags>${tagXml(c.tags)}</Tags></Cluster>`).join("");
          return sendXml(200, `<DescribeClustersResponse xmlns="http://redshift.amazonaws.com/doc/2012-12-01/"><DescribeClustersResult><Clusters>${items}</Clusters></DescribeClustersResult><ResponseMetadata><RequestId>sim</RequestId></ResponseMetadata></DescribeClustersResponse>`);
        }
        return queryError(400, "InvalidAction", `The simulator does not implement ${action}`);
      }

      // ─── S3 (REST-XML, path-style) ───
      if (refused) return s3Error(403, "AccessDenied", "Access Denied");
      const bucketName = decodeURIComponent(url.pathname.split("/")[1] ?? "");
      if (!bucketName) {
        const items = account.buckets.map((b) => `<Bucket><Name>${xml(b.name)}</Name><CreationDate>2025-01-01T00:00:00.000Z</CreationDate></Bucket>`).join("");
        return sendXml(200, `<ListAllMyBucketsResult xmlns="${S3_NS}"><Owner><ID>sim-owner</ID></Owner><Buckets>${items}</Buckets></ListAllMyBucketsResult>`);
      }
      const bucket = account.buckets.find((b) => b.name === bucketName);
      if (!bucket) return s3Error(404, "NoSuchBucket", "The specified bucket does not exist");
      if (url.searchParams.has("location")) {
        return sendXml(200, `<LocationConstraint xmlns="${S3_NS}">${bucket.region === "us-east-1" ? "" : xml(bucket.region)}</LocationConstraint>`);
      }
      if (url.searchParams.has("encryption")) {
        if (!bucket.encryption) return s3Error(404, "ServerSideEncryptionConfigurationNotFoundError", "The server side encryption configuration was not found");
        return sendXml(200, `<ServerSideEncryptionConfiguration xmlns="${S3_NS}"><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>${xml(bucket.encryption.algorithm)}</SSEAlgorithm>` +
          (bucket.encryption.kmsKeyId ? `<KMSMasterKeyID>${xml(bucket.encryption.kmsKeyId)}</KMSMasterKeyID>` : "") +
          `</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`);
      }
      if (url.searchParams.has("publicAccessBlock")) {
        const block = bucket.publicAccessBlock;
        if (!block) return s3Error(404, "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found");
        return sendXml(200, `<PublicAccessBlockConfiguration xmlns="${S3_NS}">${Object.entries(block).map(([k, v]) => `<${k}>${v}</${k}>`).join("")}</PublicAccessBlockConfiguration>`);
      }
      if (url.searchParams.has("policyStatus")) {
        if (bucket.policyPublic === null) return s3Error(404, "NoSuchBucketPolicy", "The bucket policy does not exist");
        return sendXml(200, `<PolicyStatus xmlns="${S3_NS}"><IsPublic>${bucket.policyPublic}</IsPublic></PolicyStatus>`);
      }
      if (url.searchParams.has("tagging")) {
        if (Object.keys(bucket.tags).length === 0) return s3Error(404, "NoSuchTagSet", "The TagSet does not exist");
        return sendXml(200, `<Tagging xmlns="${S3_NS}"><TagSet>${tagXml(bucket.tags)}</TagSet></Tagging>`);
      }
      return s3Error(501, "NotImplemented", "The simulator does not implement this S3 call");
    })().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/xml" });
      res.end(`<Error><Code>InternalError</Code><Message>${xml(error instanceof Error ? error.message : String(error))}</Message></Error>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(sim, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
}

function s3Operation(method: string, url: URL): string {
  if (url.pathname === "/" || url.pathname === "") return "ListBuckets";
  for (const [param, name] of [["location", "GetBucketLocation"], ["encryption", "GetBucketEncryption"], ["publicAccessBlock", "GetPublicAccessBlock"], ["policyStatus", "GetBucketPolicyStatus"], ["tagging", "GetBucketTagging"]] as const) {
    if (url.searchParams.has(param)) return name;
  }
  return `${method} ${url.pathname}`;
}

/** A realistic estate for the demo and the tests: a public bucket, an unencrypted RDS instance, a PII DynamoDB table… */
export function seedDemoInventory(sim: TInventorySimulator, accountId = sim.defaultAccountId, region = "us-east-1"): void {
  const account = sim.account(accountId);
  const kms = (id: string) => `arn:aws:kms:${region}:${accountId}:key/${id}`;
  const blocked = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
  account.buckets.push(
    { name: "acme-customer-exports", region, encryption: { algorithm: "AES256" }, publicAccessBlock: null, policyPublic: true, tags: { DataClassification: "PII", Residency: "US-CA", Owner: "data-eng" } },
    { name: "acme-invoices-eu", region: "eu-west-1", encryption: { algorithm: "aws:kms", kmsKeyId: `arn:aws:kms:eu-west-1:${accountId}:key/5f0c1a7e-invoices` }, publicAccessBlock: blocked, policyPublic: false, tags: { DataClassification: "Financial", Residency: "EU" } },
    { name: "acme-build-artifacts", region, encryption: { algorithm: "AES256" }, publicAccessBlock: blocked, policyPublic: null, tags: { Team: "platform" } },
  );
  const here = account.region(region);
  here.rdsInstances.push(
    { id: "legacy-crm-db", engine: "mysql", encrypted: false, publiclyAccessible: true, tags: { DataClassification: "PII", Residency: "US-NY" } },
    { id: "orders-aurora-1", engine: "aurora-postgresql", encrypted: true, kmsKeyId: kms("a1b2c3d4-orders"), publiclyAccessible: false, clusterId: "orders-aurora", tags: {} },
  );
  here.rdsClusters.push({ id: "orders-aurora", engine: "aurora-postgresql", encrypted: true, kmsKeyId: kms("a1b2c3d4-orders"), members: ["orders-aurora-1"], tags: { DataClassification: "PII;Financial", Residency: "US-CA" } });
  here.dynamoTables.push(
    { name: "customer-profiles", tags: { DataClassification: "PII", Residency: "US-TX" } },
    { name: "patient-intake", kmsKeyArn: kms("9e8d7c6b-health"), tags: { DataClassification: "PHI" } },
  );
  here.redshiftClusters.push({ id: "analytics-warehouse", encrypted: false, publiclyAccessible: false, tags: { DataClassification: "PII" } });
}
