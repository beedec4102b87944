import { describe, expect, it } from "vitest";
import { computeCoverage, loggingSpans, uncovered, type TTrailState } from "@/lib/access-reconstruction/coverage";
import { accessEventFromRecord, bySuspect } from "@/lib/access-reconstruction/events";
import { buildLakeQuery, LakeQueryError, sqlString } from "@/lib/access-reconstruction/lake-query";
import { selectorsFromAnswer } from "@/lib/access-reconstruction/selectors";
import { summarizeAccess } from "@/lib/access-reconstruction/summarize";
import { suspectsFromFindings } from "@/lib/access-reconstruction/suspects";
import type { TAccessEvent } from "@/lib/access-reconstruction/types";
import guardDutyNative from "@/tests/fixtures/aws/guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json";

const WINDOW = { start: "2026-11-20T02:00:00.000Z", end: "2026-11-20T06:00:00.000Z" };
const base = { ...WINDOW, accessKeyIds: ["AKIAEXFIL0000000001"], principals: [], sourceIps: [], eventDataStore: "eds-1" };

describe("the CloudTrail Lake query", () => {
  it("quotes every value and names the event data store by its id", () => {
    const sql = buildLakeQuery({ ...base, eventDataStore: "arn:aws:cloudtrail:us-east-1:111111111111:eventdatastore/eds-1", principals: ["arn:aws:iam::111111111111:user/obrien", "svc"], sourceIps: ["203.0.113.66"] });
    expect(sql).toContain("FROM eds-1\n");
    expect(sql).toContain("userIdentity.accessKeyId IN ('AKIAEXFIL0000000001')");
    expect(sql).toContain("userIdentity.username IN ('svc')");
    expect(sql).toContain("sourceIPAddress IN ('203.0.113.66')");
    expect(sql).toContain("eventTime >= '2026-11-20 02:00:00' AND eventTime <= '2026-11-20 06:00:00'");
  });

  it.each([
    ["accessKeyIds.0", { accessKeyIds: ["AKIA' OR '1'='1"] }],
    ["accessKeyIds.0", { accessKeyIds: ["akiaexfil0000000001"] }],
    ["principals.0", { principals: ["x') OR 1=1 --"] }],
    ["principals.0", { principals: ["arn:aws:iam::111111111111:user/a b"] }],
    ["sourceIps.0", { sourceIps: ["1.2.3.4'; DROP TABLE x; --"] }],
    ["eventDataStore", { eventDataStore: "eds-1 UNION SELECT * FROM other" }],
    ["eventDataStore", { eventDataStore: "eds;1" }],
    ["end", { end: "2026-11-20T01:00:00.000Z" }],
    ["start", { start: "not a time" }],
    ["accessKeyIds", { accessKeyIds: [] }],
  ])("refuses hostile or malformed input, naming %s", (field, overrides) => {
    expect(() => buildLakeQuery({ ...base, ...overrides })).toThrowError(LakeQueryError);
    try {
      buildLakeQuery({ ...base, ...overrides });
    } catch (error) {
      expect((error as LakeQueryError).field).toBe(field);
    }
  });

  it("escapes quotes and backslashes in literals all the same", () => {
    expect(sqlString("a'b\\c")).toBe("'a''b\\\\c'");
  });
});

const event = (overrides: Partial<TAccessEvent>): TAccessEvent => ({
  eventId: "e", time: "2026-11-20T03:00:00.000Z", category: "data", eventSource: "s3.amazonaws.com", eventName: "GetObject", action: "read",
  storeArn: "arn:aws:s3:::b", storeKind: "s3", storeName: "b", object: "k", accessKeyId: "AKIAEXFIL0000000001", principal: "arn:aws:iam::1:user/u", sourceIp: "1.1.1.1",
  ...overrides,
});

describe("the per-store access summary", () => {
  it("counts distinct objects read or copied, each action, first and last, and who from where; a repeated event counts once", () => {
    const summary = summarizeAccess([
      event({ eventId: "1", object: "a", time: "2026-11-20T03:00:00.000Z" }),
      event({ eventId: "1", object: "a", time: "2026-11-20T03:00:00.000Z" }),
      event({ eventId: "2", object: "a", time: "2026-11-20T02:30:00.000Z", sourceIp: "2.2.2.2" }),
      event({ eventId: "3", object: "b", action: "copy", eventName: "CopyObject", time: "2026-11-20T04:00:00.000Z" }),
      event({ eventId: "4", object: "prefix/", action: "list", eventName: "ListObjectsV2" }),
      event({ eventId: "5", object: null, action: "policy-change", eventName: "PutBucketPolicy", category: "management" }),
      event({ eventId: "6", storeArn: "arn:aws:s3:::other", storeName: "other" }),
    ]);
    expect(summary[0]).toMatchObject({
      storeArn: "arn:aws:s3:::b", events: 5, objectCount: 2, objects: ["a", "b"], actions: { read: 2, list: 1, copy: 1, "policy-change": 1 },
      first: "2026-11-20T02:30:00.000Z", last: "2026-11-20T04:00:00.000Z", sourceIps: ["1.1.1.1", "2.2.2.2"],
    });
    expect(summary[1]!.storeArn).toBe("arn:aws:s3:::other");
  });

  it("reads a copy as access to its source bucket and a DynamoDB key as one item whatever its attribute order", () => {
    const copy = accessEventFromRecord({ eventSource: "s3.amazonaws.com", eventName: "CopyObject", eventTime: "2026-11-20T03:00:00Z", requestParameters: { bucketName: "drop", key: "x", "x-amz-copy-source": "victim/dir%2Ffile.csv?versionId=1" }, userIdentity: {} }, "data")!;
    expect([copy.storeArn, copy.object, copy.action]).toEqual(["arn:aws:s3:::victim", "dir/file.csv", "copy"]);
    const record = (key: unknown) => ({ eventSource: "dynamodb.amazonaws.com", eventName: "GetItem", eventTime: "2026-11-20T03:00:00Z", awsRegion: "us-east-1", recipientAccountId: "111111111111", requestParameters: { tableName: "t", key }, userIdentity: {} });
    const a = accessEventFromRecord(record({ a: { S: "1" }, b: { N: "2" } }), "data")!;
    const b = accessEventFromRecord(record(JSON.stringify({ b: { N: "2" }, a: { S: "1" } })), "data")!;
    expect(a.storeArn).toBe("arn:aws:dynamodb:us-east-1:111111111111:table/t");
    expect(a.object).toBe(b.object);
    expect(accessEventFromRecord({ eventSource: "s3.amazonaws.com", eventName: "ListBuckets", userIdentity: {} }, "management")).toBeNull();
  });

  it("matches suspects by key, by address, by principal ARN and by user name", () => {
    const suspects = { accessKeyIds: [], principals: ["u"], sourceIps: [] };
    expect(bySuspect(event({ accessKeyId: "", sourceIp: "" }), suspects)).toBe(true);
    expect(bySuspect(event({ principal: "arn:aws:iam::1:user/v" }), suspects)).toBe(false);
    expect(bySuspect(event({}), { accessKeyIds: [], principals: [], sourceIps: ["1.1.1.1"] })).toBe(true);
    const role = { accessKeyIds: [], principals: ["arn:aws:iam::111111111111:role/ops/Deploy"], sourceIps: [] };
    expect(bySuspect(event({ accessKeyId: "", sourceIp: "", principal: "arn:aws:sts::111111111111:assumed-role/Deploy/i-0abc" }), role)).toBe(true);
    expect(bySuspect(event({ accessKeyId: "", sourceIp: "", principal: "arn:aws:sts::111111111111:assumed-role/DeployX/i-0abc" }), role)).toBe(false);
    expect(buildLakeQuery({ ...base, accessKeyIds: [], principals: role.principals })).toContain("userIdentity.sessionContext.sessionIssuer.arn IN ('arn:aws:iam::111111111111:role/ops/Deploy')");
  });
});

describe("suspects from linked findings", () => {
  it("takes the key, user and remote address of a GuardDuty finding, and drops values of the wrong shape", () => {
    const raw = structuredClone(guardDutyNative) as Record<string, unknown>;
    ((raw.resource as Record<string, unknown>).accessKeyDetails as Record<string, unknown>).accessKeyId = "AKIAEXFIL0000000001";
    const asff = {
      Resources: [{ Type: "AwsIamAccessKey", Id: "AKIA' OR 1=1", Details: { AwsIamAccessKey: { PrincipalName: "svc-backup" } } }],
      Action: { AwsApiCallAction: { RemoteIpDetails: { IpAddressV4: "203.0.113.66" } } },
    };
    const suspects = suspectsFromFindings([
      { raw, firstObservedAt: new Date("2026-11-20T03:00:00Z"), lastObservedAt: new Date("2026-11-20T04:00:00Z") },
      { raw: asff, firstObservedAt: null, lastObservedAt: null },
    ]);
    expect(suspects.accessKeyIds).toEqual(["AKIAEXFIL0000000001"]);
    expect(suspects.principals).toEqual(["GeneratedFindingUserName", "svc-backup"]);
    expect(suspects.sourceIps).toEqual(["198.51.100.0", "203.0.113.66"]);
    expect(suspects.window).toEqual({ start: "2026-11-20T02:00:00.000Z", end: "2026-11-20T05:00:00.000Z" });
  });
});

const trail = (overrides: Partial<TTrailState>): TTrailState => ({
  name: "t", homeRegion: "us-east-1", multiRegion: true, logging: true, startLoggingTime: "2026-01-01T00:00:00.000Z", stopLoggingTime: null,
  management: { read: true, write: true }, data: [{ type: "AWS::S3::Object", values: "all", readEvents: true }], ...overrides,
});
const store = { arn: "arn:aws:s3:::customer-exports", kind: "s3" as const, name: "customer-exports" };
const coverage = (trails: TTrailState[], extra: Partial<Parameters<typeof computeCoverage>[0]> = {}) =>
  computeCoverage({ window: WINDOW, region: "us-east-1", stores: [store], trails, lakeQueried: true, findings: [], now: "2026-11-21T00:00:00.000Z", ...extra });

describe("logging coverage and gaps", () => {
  it("sees no gap when a logging trail records the bucket's object reads all through the window", () => {
    expect(coverage([trail({})]).stores[0]).toMatchObject({ management: { covered: true }, data: { covered: true }, sentences: [] });
  });

  it("states the stretch a trail was stopped, in plain words", () => {
    const result = coverage([trail({ startLoggingTime: "2026-11-20T04:30:00.000Z", stopLoggingTime: "2026-11-20T03:00:00.000Z" })]);
    expect(result.stores[0]!.sentences).toEqual([
      "S3 data events for bucket customer-exports were not logged between 2026-11-20 03:00 UTC and 2026-11-20 04:30 UTC: object-level access cannot be reconstructed.",
    ]);
  });

  it("counts a write-only data selector or one for another bucket as not logging object reads", () => {
    expect(coverage([trail({ data: [{ type: "AWS::S3::Object", values: "all", readEvents: false }] })]).stores[0]!.data.covered).toBe(false);
    expect(coverage([trail({ data: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::other/"], readEvents: true }] })]).stores[0]!.data.covered).toBe(false);
    expect(coverage([trail({ data: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::customer-exports/"], readEvents: true }] })]).stores[0]!.data.covered).toBe(true);
    expect(coverage([trail({ multiRegion: false, homeRegion: "eu-west-1" })], { stores: [{ arn: "arn:aws:dynamodb:us-east-1:1:table/t", kind: "dynamodb", name: "t" }] }).stores[0]!.data.covered).toBe(false);
  });

  it("takes a CloudTrailLoggingDisabled finding as a gap from its first sighting, and says failing CloudTrail controls", () => {
    const result = coverage([trail({})], {
      findings: [
        { title: "CloudTrail logging disabled", types: ["TTPs/Defense Evasion/Stealth:IAMUser-CloudTrailLoggingDisabled"], controlId: null, complianceStatus: null, recordState: "ACTIVE", firstObservedAt: "2026-11-20T05:00:00.000Z", lastObservedAt: null },
        { title: "CloudTrail.4", types: [], controlId: "CloudTrail.4", complianceStatus: "FAILED", recordState: "ACTIVE", firstObservedAt: null, lastObservedAt: null },
        { title: "CloudTrail.1", types: [], controlId: "CloudTrail.1", complianceStatus: "PASSED", recordState: "ACTIVE", firstObservedAt: null, lastObservedAt: null },
      ],
    });
    expect(result.stores[0]!.data.gaps).toEqual([{ start: "2026-11-20T05:00:00.000Z", end: WINDOW.end }]);
    expect(result.general).toHaveLength(2);
    expect(result.general[0]).toMatch(/^GuardDuty reports CloudTrail logging was disabled at 2026-11-20 05:00 UTC/);
    expect(result.general[1]).toMatch(/CloudTrail\.4 failed: log file integrity validation is off/);
  });

  it("says when data events are logged but no Lake event data store was queried, and when management events are beyond the 90-day history", () => {
    const result = coverage([trail({})], { lakeQueried: false, now: "2027-03-01T00:00:00.000Z" });
    expect(result.stores[0]!.sentences[0]).toMatch(/^Management events for bucket customer-exports between 2026-11-20 02:00 UTC and 2026-11-20 06:00 UTC are older than CloudTrail's 90-day event history/);
    expect(result.stores[0]!.sentences[1]).toMatch(/are logged by trail t, but no CloudTrail Lake event data store was queried/);
  });

  it("has interval arithmetic that leaves no part of the window out", () => {
    expect(loggingSpans({ logging: false, startLoggingTime: null, stopLoggingTime: null })).toEqual([]);
    expect(uncovered(WINDOW, [])).toEqual([WINDOW]);
    expect(uncovered(WINDOW, [[Date.parse("2026-11-20T03:00:00Z"), Date.parse("2026-11-20T04:00:00Z")]])).toEqual([
      { start: WINDOW.start, end: "2026-11-20T03:00:00.000Z" },
      { start: "2026-11-20T04:00:00.000Z", end: WINDOW.end },
    ]);
  });
});

describe("event selectors", () => {
  it("reads basic and advanced selectors", () => {
    expect(selectorsFromAnswer({ EventSelectors: [{ ReadWriteType: "WriteOnly", IncludeManagementEvents: true, DataResources: [{ Type: "AWS::S3::Object", Values: ["arn:aws:s3"] }] }] })).toEqual({
      management: { read: false, write: true }, data: [{ type: "AWS::S3::Object", values: "all", readEvents: false }],
    });
    expect(selectorsFromAnswer({ AdvancedEventSelectors: [
      { FieldSelectors: [{ Field: "eventCategory", Equals: ["Management"] }] },
      { FieldSelectors: [{ Field: "eventCategory", Equals: ["Data"] }, { Field: "resources.type", Equals: ["AWS::DynamoDB::Table"] }, { Field: "resources.ARN", Equals: ["arn:aws:dynamodb:us-east-1:1:table/t"] }] },
      { FieldSelectors: [{ Field: "eventCategory", Equals: ["Data"] }, { Field: "resources.type", Equals: ["AWS::S3::Object"] }, { Field: "resources.ARN", NotStartsWith: ["arn:aws:s3:::x/"] }] },
    ] })).toEqual({ management: { read: true, write: true }, data: [{ type: "AWS::DynamoDB::Table", values: ["arn:aws:dynamodb:us-east-1:1:table/t"], readEvents: true }] });
  });
});
