/** The shapes of a CloudTrail access reconstruction: what is looked for, what was found, and what could not be seen. */

export type TSuspects = { accessKeyIds: string[]; principals: string[]; sourceIps: string[] };

export type TScopingParameters = TSuspects & {
  /** ISO instants, start before end. */
  start: string;
  end: string;
  region: string;
  /** The account whose findings source role is assumed; "" for the console's own credentials. */
  accountId: string;
  /** A CloudTrail Lake event data store (ARN or id) for data events; "" when the organisation has none. */
  eventDataStore: string;
};

export type TAccessAction = "read" | "list" | "copy" | "policy-change";
export type TStoreKind = "s3" | "dynamodb" | "rds";

/** One CloudTrail event on a data store, reduced to what the summary needs. */
export type TAccessEvent = {
  eventId: string;
  time: string;
  category: "management" | "data";
  eventSource: string;
  eventName: string;
  action: TAccessAction;
  storeArn: string;
  storeKind: TStoreKind;
  storeName: string;
  /** The object key (S3) or item key (DynamoDB, as canonical JSON) the event touched; null when it names none. */
  object: string | null;
  accessKeyId: string;
  principal: string;
  sourceIp: string;
};

/** What the suspects did to one store in the window. */
export type TStoreAccess = {
  storeArn: string;
  storeKind: TStoreKind;
  storeName: string;
  events: number;
  actions: Record<TAccessAction, number>;
  /** Distinct objects or items read or copied (for DynamoDB Query/Scan, CloudTrail names no items). */
  objectCount: number;
  /** The first objects, sorted (the full list is in the evidence item). */
  objects: string[];
  first: string;
  last: string;
  principals: string[];
  accessKeyIds: string[];
  sourceIps: string[];
};

export type TInterval = { start: string; end: string };

export type TStoreCoverage = {
  storeArn: string;
  storeKind: TStoreKind;
  storeName: string;
  management: { covered: boolean; gaps: TInterval[] };
  data: { covered: boolean; gaps: TInterval[]; queried: boolean };
  sentences: string[];
};

export type TCoverage = { stores: TStoreCoverage[]; general: string[] };

export type TScopingResult = {
  stores: TStoreAccess[];
  coverage: TCoverage;
  /** Every gap sentence (per store, then general), as the facts, the exec view and the report say them. */
  gaps: string[];
  counts: { managementEvents: number; dataEvents: number; matchedEvents: number };
};
