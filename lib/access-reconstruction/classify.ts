import type { TAccessAction } from "@/lib/access-reconstruction/types";

/**
 * Which CloudTrail events count as access to a data store, and as what. Anything not listed (ListBuckets,
 * DescribeTable, PutObject by the owner…) is not access to the data and is left out of the summary (it stays in the
 * evidence item).
 */
const ACTIONS: Record<string, Record<string, TAccessAction>> = {
  "s3.amazonaws.com": {
    GetObject: "read", GetObjectAttributes: "read", GetObjectTorrent: "read", SelectObjectContent: "read", RestoreObject: "read",
    HeadObject: "list", ListObjects: "list", ListObjectsV2: "list", ListObjectVersions: "list", ListMultipartUploads: "list",
    CopyObject: "copy", UploadPartCopy: "copy", PutBucketReplication: "copy",
    PutBucketPolicy: "policy-change", DeleteBucketPolicy: "policy-change", PutBucketAcl: "policy-change", PutObjectAcl: "policy-change",
    PutPublicAccessBlock: "policy-change", DeletePublicAccessBlock: "policy-change", PutBucketOwnershipControls: "policy-change",
  },
  "dynamodb.amazonaws.com": {
    GetItem: "read", BatchGetItem: "read", Query: "read", Scan: "read", ExecuteStatement: "read", BatchExecuteStatement: "read",
    ExportTableToPointInTime: "copy", CreateBackup: "copy", RestoreTableFromBackup: "copy",
    PutResourcePolicy: "policy-change", DeleteResourcePolicy: "policy-change",
  },
  "rds.amazonaws.com": {
    CreateDBSnapshot: "copy", CopyDBSnapshot: "copy", CreateDBClusterSnapshot: "copy", CopyDBClusterSnapshot: "copy", StartExportTask: "copy",
    ModifyDBSnapshotAttribute: "policy-change", ModifyDBClusterSnapshotAttribute: "policy-change",
  },
};

export function accessAction(eventSource: string, eventName: string): TAccessAction | null {
  return Object.hasOwn(ACTIONS, eventSource) && Object.hasOwn(ACTIONS[eventSource]!, eventName) ? ACTIONS[eventSource]![eventName]! : null;
}

/** Read or copied objects count towards "how many objects or items"; listing and policy changes do not. */
export const COUNTS_OBJECTS: ReadonlySet<TAccessAction> = new Set(["read", "copy"]);
