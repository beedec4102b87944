/**
 * A scripted exfiltration for the CloudTrail simulator: a known access key (an IAM user's) lists and reads known S3
 * objects, copies one out, opens the bucket's policy and reads known DynamoDB items within a window, amid noise: another
 * principal reading the same stores, and the same key acting before the window. `EXPECTED` is what a reconstruction
 * must return, exactly.
 */
import type { TCloudTrailSimulator, TSimRecord, TSimTrail } from "@/tests/aws/cloudtrail-simulator";

export const ACCOUNT = "111111111111";
export const REGION = "us-east-1";
export const ATTACKER = { accessKeyId: "AKIAEXFIL0000000001", userName: "svc-backup", arn: `arn:aws:iam::${ACCOUNT}:user/svc-backup`, ip: "203.0.113.66" };
const ANALYST = { accessKeyId: "AKIANOISE0000000002", userName: "analytics", arn: `arn:aws:iam::${ACCOUNT}:user/analytics`, ip: "10.0.0.5" };
export const WINDOW = { start: "2026-11-20T02:00:00.000Z", end: "2026-11-20T06:00:00.000Z" };
export const BUCKET = { name: "customer-exports", arn: "arn:aws:s3:::customer-exports" };
export const TABLE = { name: "customers", arn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/customers` };
export const EDS = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:eventdatastore/eds-0a1b2c3d`;

let counter = 0;
function record(who: typeof ATTACKER, at: string, source: string, name: string, category: "Management" | "Data", request: Record<string, unknown>): TSimRecord {
  counter += 1;
  return {
    eventID: `evt-${String(counter).padStart(4, "0")}`, eventTime: `2026-11-20T${at}:00Z`, eventSource: source, eventName: name, eventCategory: category,
    awsRegion: REGION, recipientAccountId: ACCOUNT, sourceIPAddress: who.ip,
    userIdentity: { type: "IAMUser", arn: who.arn, accessKeyId: who.accessKeyId, userName: who.userName, accountId: ACCOUNT },
    requestParameters: request,
  };
}
const s3 = (who: typeof ATTACKER, at: string, name: string, category: "Management" | "Data", request: Record<string, unknown>) => record(who, at, "s3.amazonaws.com", name, category, request);
const ddb = (who: typeof ATTACKER, at: string, name: string, category: "Management" | "Data", request: Record<string, unknown>) => record(who, at, "dynamodb.amazonaws.com", name, category, request);
const key = (id: string) => ({ customerId: { S: id } });

export const EXPECTED = {
  objects: ["exports/2026-11/customers-01.csv", "exports/2026-11/customers-02.csv", "exports/2026-11/customers-03.csv", "exports/2026-11/customers-04.csv"],
  bucketActions: { read: 4, list: 1, copy: 1, "policy-change": 1 },
  items: [JSON.stringify({ customerId: { S: "c-1001" } }), JSON.stringify({ customerId: { S: "c-1002" } })],
  tableActions: { read: 3, list: 0, copy: 1, "policy-change": 0 },
  first: "2026-11-20T02:10:00.000Z",
  last: "2026-11-20T03:20:00.000Z",
};

function records(dataEvents: boolean): TSimRecord[] {
  const management = [
    s3(ATTACKER, "01:00", "PutBucketPolicy", "Management", { bucketName: "other-bucket", bucketPolicy: {} }), // before the window
    s3(ATTACKER, "02:05", "ListBuckets", "Management", {}),
    s3(ATTACKER, "02:10", "PutBucketPolicy", "Management", { bucketName: BUCKET.name, bucketPolicy: { Statement: [] } }),
    ddb(ATTACKER, "03:20", "CreateBackup", "Management", { tableName: TABLE.name, backupName: "exfil" }),
    s3(ANALYST, "02:30", "PutBucketAcl", "Management", { bucketName: "analytics-scratch" }),
  ];
  const data = [
    s3(ATTACKER, "01:30", "GetObject", "Data", { bucketName: BUCKET.name, key: "exports/old.csv" }), // before the window
    s3(ATTACKER, "02:12", "ListObjectsV2", "Data", { bucketName: BUCKET.name, prefix: "exports/" }),
    s3(ATTACKER, "02:15", "GetObject", "Data", { bucketName: BUCKET.name, key: EXPECTED.objects[0] }),
    s3(ATTACKER, "02:16", "GetObject", "Data", { bucketName: BUCKET.name, key: EXPECTED.objects[1] }),
    s3(ATTACKER, "02:17", "GetObject", "Data", { bucketName: BUCKET.name, key: EXPECTED.objects[2] }),
    s3(ATTACKER, "02:18", "GetObject", "Data", { bucketName: BUCKET.name, key: EXPECTED.objects[0] }), // read twice: one object
    s3(ATTACKER, "02:40", "CopyObject", "Data", { bucketName: "exfil-drop", key: "loot.csv", "x-amz-copy-source": `${BUCKET.name}/${EXPECTED.objects[3]}` }),
    ddb(ATTACKER, "03:00", "GetItem", "Data", { tableName: TABLE.name, key: key("c-1001") }),
    ddb(ATTACKER, "03:01", "GetItem", "Data", { tableName: TABLE.name, key: { customerId: { S: "c-1002" } } }),
    ddb(ATTACKER, "03:05", "Query", "Data", { tableName: TABLE.name, keyConditionExpression: "customerId = :c" }),
    s3(ANALYST, "02:20", "GetObject", "Data", { bucketName: BUCKET.name, key: "reports/q3.csv" }),
    ddb(ANALYST, "02:25", "GetItem", "Data", { tableName: TABLE.name, key: key("c-9999") }),
    s3(ANALYST, "04:00", "GetObject", "Data", { bucketName: "analytics-scratch", key: "tmp.parquet" }),
  ];
  return dataEvents ? [...management, ...data] : management;
}

/** The organisation's trail: logging all year, management events, and (when `dataEvents`) reads of the bucket and table. */
function trail(dataEvents: boolean): TSimTrail {
  return {
    Name: "org-trail", TrailARN: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail`, HomeRegion: REGION, IsMultiRegionTrail: true,
    status: { IsLogging: true, StartLoggingTime: "2026-01-01T00:00:00Z" },
    EventSelectors: [{
      ReadWriteType: "All", IncludeManagementEvents: true,
      DataResources: dataEvents ? [{ Type: "AWS::S3::Object", Values: [`${BUCKET.arn}/`] }, { Type: "AWS::DynamoDB::Table", Values: [TABLE.arn] }] : [],
    }],
  };
}

export function scriptExfiltration(sim: TCloudTrailSimulator, options: { dataEvents: boolean }) {
  sim.records.splice(0, sim.records.length, ...records(options.dataEvents));
  sim.trails.splice(0, sim.trails.length, trail(options.dataEvents));
  sim.eventDataStores.clear();
  sim.eventDataStores.add("eds-0a1b2c3d");
}
