import { eventDataStoreId, isAccessKeyId, isEventDataStore, isPrincipal, isSourceIp } from "@/lib/access-reconstruction/validate";
import type { TScopingParameters } from "@/lib/access-reconstruction/types";

/** A SQL string literal. Values are validated before they get here; escaping is the second line of defence. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/** CloudTrail Lake compares eventTime as 'YYYY-MM-DD HH:MM:SS' text. */
const lakeTime = (iso: string) => new Date(iso).toISOString().slice(0, 19).replace("T", " ");

export class LakeQueryError extends Error {
  constructor(readonly field: string, reason: string) {
    super(`${field} ${reason}`);
  }
}

/**
 * The CloudTrail Lake query for the suspects' data events (S3 object and DynamoDB item access) in the window. Every
 * value is checked against its shape (a refusal names the field) and then quoted; nothing of the user's text is
 * concatenated unquoted, and the event data store is an id of letters, digits and dashes.
 */
export function buildLakeQuery(parameters: Pick<TScopingParameters, "eventDataStore" | "start" | "end" | "accessKeyIds" | "principals" | "sourceIps">): string {
  const { eventDataStore, accessKeyIds, principals, sourceIps } = parameters;
  if (!isEventDataStore(eventDataStore)) throw new LakeQueryError("eventDataStore", "must be a CloudTrail Lake event data store ARN or id");
  const start = new Date(parameters.start);
  const end = new Date(parameters.end);
  if (Number.isNaN(start.getTime())) throw new LakeQueryError("start", "must be an instant");
  if (Number.isNaN(end.getTime()) || end <= start) throw new LakeQueryError("end", "must be an instant after the start");
  accessKeyIds.forEach((v, i) => { if (!isAccessKeyId(v)) throw new LakeQueryError(`accessKeyIds.${i}`, "must be an AWS access key id"); });
  principals.forEach((v, i) => { if (!isPrincipal(v)) throw new LakeQueryError(`principals.${i}`, "must be an IAM user or role name or ARN"); });
  sourceIps.forEach((v, i) => { if (!isSourceIp(v)) throw new LakeQueryError(`sourceIps.${i}`, "must be an IPv4 or IPv6 address"); });
  const who: string[] = [];
  const inList = (column: string, values: string[]) => `${column} IN (${values.map(sqlString).join(", ")})`;
  if (accessKeyIds.length) who.push(inList("userIdentity.accessKeyId", accessKeyIds));
  const arns = principals.filter((p) => p.startsWith("arn:"));
  const names = principals.filter((p) => !p.startsWith("arn:"));
  if (arns.length) who.push(inList("userIdentity.arn", arns));
  // A role's sessions carry the role in sessionContext.sessionIssuer.arn (their own ARN is the assumed-role one).
  const roles = arns.filter((a) => /:iam::\d{12}:role\//.test(a));
  if (roles.length) who.push(inList("userIdentity.sessionContext.sessionIssuer.arn", roles));
  if (names.length) who.push(inList("userIdentity.username", names));
  if (sourceIps.length) who.push(inList("sourceIPAddress", sourceIps));
  if (who.length === 0) throw new LakeQueryError("accessKeyIds", "name at least one suspect: an access key id, a principal or a source IP");
  return [
    "SELECT eventID, eventTime, eventSource, eventName, awsRegion, recipientAccountId, sourceIPAddress,",
    "  userIdentity.accessKeyId AS accessKeyId, userIdentity.arn AS principalArn, userIdentity.username AS userName,",
    "  element_at(requestParameters, 'bucketName') AS bucketName, element_at(requestParameters, 'key') AS objectKey,",
    "  element_at(requestParameters, 'tableName') AS tableName, element_at(requestParameters, 'x-amz-copy-source') AS copySource",
    `FROM ${eventDataStoreId(eventDataStore)}`,
    `WHERE eventCategory = 'Data' AND eventSource IN ('s3.amazonaws.com', 'dynamodb.amazonaws.com')`,
    `  AND eventTime >= ${sqlString(lakeTime(parameters.start))} AND eventTime <= ${sqlString(lakeTime(parameters.end))}`,
    `  AND (${who.join(" OR ")})`,
    "ORDER BY eventTime",
  ].join("\n");
}
