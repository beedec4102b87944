import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ensureSources, pullSource, syncAllOnce } from "@/lib/findings/pull";
import { resetDatabase } from "@/tests/integration/reset-db";
import { fakeFinding, startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";

const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.8-bucket-bpa.json"), "utf8")) as Record<string, unknown>;
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
const native = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json"), "utf8")) as Record<string, unknown>;

/** A native GuardDuty finding of detector det-1 in eu-west-1, numbered `n`. */
const guardDutyFinding = (n: number, updatedAt: string, changes: Record<string, unknown> = {}) => ({
  ...native,
  id: `gd${n}`,
  arn: `arn:aws:guardduty:eu-west-1:123456789012:detector/det-1/finding/gd${n}`,
  region: "eu-west-1",
  updatedAt,
  ...changes,
});

/** Replaces the Security Hub source of beforeEach by a GuardDuty one. */
async function onlyGuardDutySource() {
  await prisma.findingSource.deleteMany();
  await ensureSources([{ kind: "guardduty", region: "eu-west-1", roleArn: "" }]);
}

let aws: TFakeAws;
beforeAll(async () => {
  aws = await startFakeAws();
  process.env.AWS_ENDPOINT_URL_SECURITYHUB = aws.url;
  process.env.AWS_ENDPOINT_URL_GUARDDUTY = aws.url;
  process.env.AWS_ENDPOINT_URL_STS = aws.url;
  process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
  process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
});
afterAll(async () => aws.close());

beforeEach(async () => {
  await resetDatabase();
  aws.findings = Array.from({ length: 250 }, (_, n) => fakeFinding(base, n, at(n)));
  aws.guardDutyFindings = [];
  aws.failures = [];
  aws.badCredentialRegions.clear();
  aws.dieAtCall = null;
  aws.calls = [];
  aws.assumeRoleCalls = [];
  aws.responseIndent = 0;
  aws.getFindingsQuota = null;
  aws.throttled = 0;
  await ensureSources([{ kind: "securityhub", region: "us-east-1", roleArn: "" }]);
});

describe("pulling Security Hub through the real SDK", () => {
  it("pages 100 at a time, stores everything, advances the watermark, and a rerun asks only from watermark minus overlap", async () => {
    const summary = await syncAllOnce();
    expect(summary).toMatchObject({ fetched: 250, inserted: 250, updated: 0, unchanged: 0, rejected: 0, failedSources: 0 });
    expect(aws.calls.map((c) => c.nextToken)).toEqual([undefined, "100", "200"]);
    const source = await prisma.findingSource.findFirstOrThrow();
    expect(source.watermark?.toISOString()).toBe(at(249));

    aws.calls = [];
    const again = await syncAllOnce();
    expect(aws.calls[0]?.start).toBe(at(244)); // five minutes of overlap
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 6 });
  });

  it("stores each finding as the bytes Security Hub sent, not a re-serialization of the SDK's output", async () => {
    aws.responseIndent = 3;
    aws.findings = [{ ...fakeFinding(base, 1, at(1)), Title: "Caf\u00e9 <b>bucket</b> \u202e", Confidence: 1e2 }];
    await syncAllOnce();
    const finding = await prisma.finding.findFirstOrThrow({ include: { versions: true } });
    const raw = finding.versions[0]!.raw;
    // The provider's own layout (three-space indent, nested under "Findings") is kept byte for byte.
    expect(raw.startsWith('{\n         "')).toBe(true);
    expect(raw).toContain('\n            "Label": ');
    expect(JSON.parse(raw)).toEqual(aws.findings[0]);
    expect(finding.title).toBe("Café <b>bucket</b> \u202e");
  });

  it("never stalls on a finding PostgreSQL cannot store: that one is rejected, the watermark passes it, later findings are stored", async () => {
    // On the second page (of three): a NUL in one Title, an unpaired surrogate in another's Resource Id.
    aws.findings[120] = { ...aws.findings[120]!, Title: "bad\u0000title" };
    aws.findings[130] = { ...aws.findings[130]!, Resources: [{ Type: "AwsS3Bucket", Id: "arn:aws:s3:::b\ud800" }] };
    const summary = await syncAllOnce();
    expect(summary).toMatchObject({ fetched: 250, inserted: 248, rejected: 2, failedSources: 0 });
    const source = await prisma.findingSource.findFirstOrThrow();
    expect(source).toMatchObject({ lastError: null });
    expect(source.watermark?.toISOString()).toBe(at(249));
    expect(await prisma.finding.count({ where: { awsId: aws.findings[249]!.Id } })).toBe(1);

    // Later findings keep coming in; the bad ones are not fetched again past the overlap.
    aws.findings.push(fakeFinding(base, 250, at(300)));
    aws.calls = [];
    expect(await syncAllOnce()).toMatchObject({ inserted: 1, rejected: 0, failedSources: 0 });
    expect(aws.calls[0]?.start).toBe(at(244));
  });

  it("never stalls on a native GuardDuty finding PostgreSQL cannot store", async () => {
    aws.guardDutyFindings = Array.from({ length: 60 }, (_, n) =>
      guardDutyFinding(n, at(n), n === 10 ? { title: "\udc00 lone" } : n === 20 ? { type: "Recon:EC2/\u0000" } : {}),
    );
    await onlyGuardDutySource();
    expect(await syncAllOnce()).toMatchObject({ fetched: 60, inserted: 58, rejected: 2, failedSources: 0 });
    expect((await prisma.findingSource.findFirstOrThrow()).watermark?.toISOString()).toBe(at(59));
  });

  it("never lets a finding dated in the future carry the watermark past the findings still to come", async () => {
    // Rejected (a NUL in its type) but dated 2099: GuardDuty's listing has no upper bound on updatedAt.
    aws.guardDutyFindings = [guardDutyFinding(1, at(1)), guardDutyFinding(2, "2099-01-01T00:00:00.000Z", { type: "\u0000" })];
    await onlyGuardDutySource();
    const beforePull = Date.now();
    expect(await syncAllOnce()).toMatchObject({ inserted: 1, rejected: 1, failedSources: 0 });
    expect((await prisma.findingSource.findFirstOrThrow()).watermark!.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await prisma.findingSource.findFirstOrThrow()).watermark!.getTime()).toBeGreaterThanOrEqual(beforePull - 1_000);

    // A finding updated now is still fetched by the next pull.
    aws.guardDutyFindings.push(guardDutyFinding(3, new Date().toISOString()));
    expect(await syncAllOnce()).toMatchObject({ inserted: 1, failedSources: 0 });
  });

  it("retries throttling and 5xx with backoff and loses nothing", async () => {
    aws.failures = [
      { status: 429, type: "TooManyRequestsException" },
      { status: 400, type: "ThrottlingException" },
      { status: 503, type: "ServiceUnavailableException" },
    ];
    const summary = await syncAllOnce();
    expect(summary).toMatchObject({ fetched: 250, inserted: 250, failedSources: 0 });
    expect(await prisma.finding.count()).toBe(250);
  });

  it("a backfill over the GetFindings quota is throttled by Security Hub and still stores every finding", async () => {
    aws.findings = Array.from({ length: 2_000 }, (_, n) => fakeFinding(base, n, at(n)));
    aws.getFindingsQuota = { ratePerSecond: 10, burst: 2 };
    const summary = await syncAllOnce();
    expect(aws.throttled).toBeGreaterThan(0);
    expect(summary).toMatchObject({ fetched: 2_000, inserted: 2_000, failedSources: 0 });
    expect(await prisma.finding.count()).toBe(2_000);
    const source = await prisma.findingSource.findFirstOrThrow();
    expect(source.watermark?.toISOString()).toBe(at(1_999));
  });

  it("resumes after a sync dies mid-way without a gap or a duplicate", async () => {
    aws.dieAtCall = 2;
    const source = await prisma.findingSource.findFirstOrThrow();
    const broken = await pullSource(source.id, { maxAttempts: 1 });
    expect(broken.error).toMatch(/Internal/);
    expect(await prisma.finding.count()).toBe(100);
    expect((await prisma.findingSource.findFirstOrThrow()).watermark?.toISOString()).toBe(at(99));

    aws.dieAtCall = null;
    const resumed = await pullSource(source.id);
    expect(resumed.error).toBeNull();
    expect(await prisma.finding.count()).toBe(250);
    expect(await prisma.findingVersion.count()).toBe(250);
  });

  it("stores a provider update of already-stored findings as a new version", async () => {
    await syncAllOnce();
    aws.findings[10] = { ...aws.findings[10]!, UpdatedAt: at(400), Severity: { Label: "CRITICAL", Normalized: 90 } };
    const summary = await syncAllOnce();
    expect(summary).toMatchObject({ updated: 1, inserted: 0 });
    const finding = await prisma.finding.findFirstOrThrow({ where: { awsId: aws.findings[10]!.Id }, include: { versions: true } });
    expect(finding.severityLabel).toBe("CRITICAL");
    expect(finding.versions).toHaveLength(2);
  });

  it("keeps syncing a working source next to one with bad credentials, and records that one's error", async () => {
    await ensureSources([{ kind: "securityhub", region: "eu-west-1", roleArn: "" }]);
    aws.badCredentialRegions.add("eu-west-1");
    const summary = await syncAllOnce();
    expect(summary).toMatchObject({ fetched: 250, inserted: 250, failedSources: 1 });
    const bad = await prisma.findingSource.findFirstOrThrow({ where: { region: "eu-west-1" } });
    expect(bad.lastError).toMatch(/UnrecognizedClient|security token/);
    expect(bad.lastError).not.toContain("fake-secret");
    expect(bad.watermark).toBeNull();
  });

  it("pulls GuardDuty findings in their native shape, keyed by ARN, and a rerun changes nothing", async () => {
    aws.guardDutyFindings = Array.from({ length: 60 }, (_, n) => guardDutyFinding(n, at(n)));
    await onlyGuardDutySource();
    const summary = await syncAllOnce();
    expect(summary).toMatchObject({ fetched: 60, inserted: 60, failedSources: 0 });
    const finding = await prisma.finding.findFirstOrThrow({ where: { awsId: "arn:aws:guardduty:eu-west-1:123456789012:detector/det-1/finding/gd7" }, include: { versions: true } });
    expect(finding).toMatchObject({ format: "guardduty", productName: "GuardDuty", recordState: "ARCHIVED", types: ["PenTest:S3/ParrotLinux"] });
    expect(Object.keys(JSON.parse(finding.versions[0]!.raw) as object)).toContain("schemaVersion");
    // Verbatim from the wire: GuardDuty's native JSON, not the SDK's PascalCase members turned back.
    expect(JSON.parse(finding.versions[0]!.raw)).toEqual(aws.guardDutyFindings[7]);
    expect(await syncAllOnce()).toMatchObject({ inserted: 0, updated: 0, unchanged: 6 });
  });

  it("assumes a source's role ARN through STS and pulls with the temporary credentials", async () => {
    const roleArn = "arn:aws:iam::222222222222:role/BreachdeskReader";
    await prisma.findingSource.deleteMany();
    await ensureSources([{ kind: "securityhub", region: "us-east-1", roleArn }]);
    const summary = await syncAllOnce();
    expect(summary).toMatchObject({ fetched: 250, inserted: 250, failedSources: 0 });
    expect(aws.assumeRoleCalls).toEqual([{ roleArn, callerAccessKeyId: "AKIAFAKEFAKEFAKE", issuedAccessKeyId: "ASIAFAKE00000001" }]);
    // Every Security Hub call was signed with the assumed role's key, none with the base credentials.
    expect(new Set(aws.calls.map((c) => c.accessKeyId))).toEqual(new Set(["ASIAFAKE00000001"]));
  });

  it("signs with the base credential chain when the source names no role", async () => {
    await syncAllOnce();
    expect(aws.assumeRoleCalls).toEqual([]);
    expect(new Set(aws.calls.map((c) => c.accessKeyId))).toEqual(new Set(["AKIAFAKEFAKEFAKE"]));
  });
});
