import { isIP } from "node:net";

/**
 * What a suspect may look like. Every value that reaches a CloudTrail call or the Lake SQL passes one of these first:
 * the SQL builder additionally escapes, but nothing outside these shapes is ever sent.
 */
export const ACCESS_KEY_ID = /^(AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,124}$/;
/** An IAM or STS principal ARN (user, role, assumed-role session). */
export const PRINCIPAL_ARN = /^arn:aws(-[a-z]+)*:(iam|sts)::\d{12}:[A-Za-z0-9+=,.@_/-]{1,512}$/;
/** An IAM user or role name (IAM's own character set). */
export const PRINCIPAL_NAME = /^[A-Za-z0-9+=,.@_-]{1,64}$/;
/** A CloudTrail Lake event data store: its ARN or its id. */
export const EVENT_DATA_STORE = /^(arn:aws(-[a-z]+)*:cloudtrail:[a-z0-9-]+:\d{12}:eventdatastore\/)?[A-Za-z0-9-]{1,128}$/;
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
export const ACCOUNT_ID = /^\d{12}$/;

export const isAccessKeyId = (value: string) => ACCESS_KEY_ID.test(value);
export const isPrincipal = (value: string) => PRINCIPAL_ARN.test(value) || PRINCIPAL_NAME.test(value);
export const isSourceIp = (value: string) => isIP(value) !== 0;
export const isEventDataStore = (value: string) => EVENT_DATA_STORE.test(value);

/** The event data store's id, as a Lake query's FROM names it (the last segment of its ARN). */
export const eventDataStoreId = (value: string) => value.split("/").at(-1) ?? value;

/** The user name in a principal: the name itself, or an ARN's last path segment (LookupEvents' Username). */
export const principalUserName = (value: string) => (value.startsWith("arn:") ? (value.split("/").at(-1) ?? value) : value);

/** LookupEvents keeps 90 days of management events; a longer window could only be partly answered. */
export const MAX_WINDOW_DAYS = 90;
