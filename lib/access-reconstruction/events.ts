import { accessAction } from "@/lib/access-reconstruction/classify";
import { principalUserName } from "@/lib/access-reconstruction/validate";
import type { TAccessEvent, TStoreKind, TSuspects } from "@/lib/access-reconstruction/types";

/**
 * CloudTrail records (a LookupEvents event's CloudTrailEvent JSON, or a Lake row) → access events. Everything in a
 * record is attacker-influenced text: it is read as strings, bounded, and never interpreted.
 */

type TRecord = Record<string, unknown>;
const obj = (value: unknown): TRecord => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as TRecord) : {});
const str = (value: unknown, max = 2_048): string => (typeof value === "string" ? value.slice(0, max) : typeof value === "number" ? String(value) : "");

/** A stable text for a DynamoDB key (attribute order does not matter), so the same item counts once. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as TRecord)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

type TStore = { arn: string; kind: TStoreKind; name: string; object: string | null };

function s3Store(eventName: string, request: TRecord, partition: string): TStore | null {
  // A copy reads its source: the store touched is the source bucket ("bucket/key", possibly URL-encoded, "?versionId=…").
  const copySource = str(request["x-amz-copy-source"]);
  if ((eventName === "CopyObject" || eventName === "UploadPartCopy") && copySource) {
    let source = copySource.split("?")[0]!.replace(/^\//, "");
    try {
      source = decodeURIComponent(source);
    } catch {
      // keep it as given
    }
    const slash = source.indexOf("/");
    if (slash > 0) return { arn: `arn:${partition}:s3:::${source.slice(0, slash)}`, kind: "s3", name: source.slice(0, slash), object: source.slice(slash + 1) };
  }
  const bucket = str(request.bucketName, 255);
  if (!bucket) return null;
  const key = str(request.key);
  return { arn: `arn:${partition}:s3:::${bucket}`, kind: "s3", name: bucket, object: key || null };
}

function dynamoStore(record: TRecord, request: TRecord, partition: string): TStore | null {
  let table = str(request.tableName, 1_024);
  if (!table) {
    const fromResources = (Array.isArray(record.resources) ? record.resources : []).map(obj).find((r) => str(r.type) === "AWS::DynamoDB::Table");
    const arn = fromResources ? str(fromResources.ARN ?? fromResources.arn) : "";
    if (arn) return { arn, kind: "dynamodb", name: arn.split("/").at(1) ?? arn, object: null };
    return null;
  }
  if (table.startsWith("arn:")) table = table.split("/")[1] ?? table;
  const arn = `arn:${partition}:dynamodb:${str(record.awsRegion, 64)}:${str(record.recipientAccountId, 12)}:table/${table}`;
  const key = parseMaybeJson(request.key);
  return { arn, kind: "dynamodb", name: table, object: key !== undefined && key !== "" ? canonicalJson(key) : null };
}

function rdsStore(record: TRecord, request: TRecord, partition: string): TStore | null {
  const prefix = `arn:${partition}:rds:${str(record.awsRegion, 64)}:${str(record.recipientAccountId, 12)}`;
  const cluster = str(request.dBClusterIdentifier, 255) || str(request.sourceDBClusterSnapshotIdentifier, 255);
  if (cluster && !cluster.startsWith("arn:")) return { arn: `${prefix}:cluster:${cluster}`, kind: "rds", name: cluster, object: null };
  const instance = str(request.dBInstanceIdentifier, 255);
  if (instance) return { arn: `${prefix}:db:${instance}`, kind: "rds", name: instance, object: null };
  const snapshot = str(request.dBSnapshotIdentifier, 255) || str(request.sourceDBSnapshotIdentifier, 255);
  if (snapshot) return { arn: snapshot.startsWith("arn:") ? snapshot : `${prefix}:snapshot:${snapshot}`, kind: "rds", name: snapshot, object: null };
  return null;
}

/** One CloudTrail record (the JSON CloudTrail writes) → an access event, or null when it is not access to a store. */
export function accessEventFromRecord(record: TRecord, fallbackCategory: "management" | "data"): TAccessEvent | null {
  const eventSource = str(record.eventSource, 128);
  const eventName = str(record.eventName, 128);
  const action = accessAction(eventSource, eventName);
  if (!action) return null;
  const request = obj(parseMaybeJson(record.requestParameters));
  const identity = obj(record.userIdentity);
  const partition = /^arn:(aws(-[a-z]+)*):/.exec(str(identity.arn))?.[1] ?? "aws";
  const store =
    eventSource === "s3.amazonaws.com" ? s3Store(eventName, request, partition)
      : eventSource === "dynamodb.amazonaws.com" ? dynamoStore(record, request, partition)
        : rdsStore(record, request, partition);
  if (!store) return null;
  const category = str(record.eventCategory) === "Data" ? "data" : str(record.eventCategory) === "Management" ? "management" : fallbackCategory;
  const time = new Date(str(record.eventTime, 64));
  return {
    eventId: str(record.eventID, 128),
    time: Number.isNaN(time.getTime()) ? "" : time.toISOString(),
    category,
    eventSource,
    eventName,
    action,
    storeArn: store.arn,
    storeKind: store.kind,
    storeName: store.name,
    object: store.object,
    accessKeyId: str(identity.accessKeyId, 128),
    principal: str(identity.arn, 1_024) || str(identity.userName, 128),
    sourceIp: str(record.sourceIPAddress, 256),
  };
}

/** A LookupEvents event: its CloudTrailEvent is the record as JSON text. */
export function accessEventFromLookup(event: { CloudTrailEvent?: string }): TAccessEvent | null {
  const record = parseMaybeJson(event.CloudTrailEvent ?? "");
  return accessEventFromRecord(obj(record), "management");
}

/**
 * A Lake row (GetQueryResults: a list of one-column maps, every value a string) → the record it was selected from,
 * under the column names buildLakeQuery selects.
 */
export function recordFromLakeRow(row: Record<string, string>[]): TRecord {
  const columns: Record<string, string> = Object.assign({}, ...row.map((cell) => obj(cell)));
  return {
    eventID: columns.eventID,
    eventTime: columns.eventTime,
    eventSource: columns.eventSource,
    eventName: columns.eventName,
    eventCategory: "Data",
    awsRegion: columns.awsRegion,
    recipientAccountId: columns.recipientAccountId,
    sourceIPAddress: columns.sourceIPAddress,
    userIdentity: { accessKeyId: columns.accessKeyId, arn: columns.principalArn, userName: columns.userName },
    requestParameters: { bucketName: columns.bucketName, key: columns.objectKey, tableName: columns.tableName, "x-amz-copy-source": columns.copySource },
  };
}

/** A session of a suspect role: arn:aws:sts::<account>:assumed-role/<role>/<session> for arn:aws:iam::<account>:role/<role>. */
function assumedFrom(roleArn: string, principal: string): boolean {
  const role = /^arn:(aws(?:-[a-z]+)*):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  return role !== null && principal.startsWith(`arn:${role[1]}:sts::${role[2]}:assumed-role/${role[3]}/`);
}

/** Whether an event was made by one of the suspects: their access key, their principal (ARN or name), their address. */
export function bySuspect(event: Pick<TAccessEvent, "accessKeyId" | "principal" | "sourceIp">, suspects: TSuspects): boolean {
  if (event.accessKeyId && suspects.accessKeyIds.includes(event.accessKeyId)) return true;
  if (event.sourceIp && suspects.sourceIps.includes(event.sourceIp)) return true;
  if (!event.principal) return false;
  return suspects.principals.some((p) => p === event.principal || (!p.startsWith("arn:") && principalUserName(event.principal) === p) || assumedFrom(p, event.principal));
}
