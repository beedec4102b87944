import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { labelFromGuardDuty, labelFromNormalized, normalizeFinding } from "@/lib/findings/normalize";
import { extractFindings } from "@/lib/findings/extract";
import { setStringAt, stringPaths, type TJsonPath } from "@/tests/support/json-paths";

const dir = path.join(process.cwd(), "tests/fixtures/aws");
const fixture = (name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;

describe("normalizeFinding", () => {
  it("normalizes an ASFF control finding with an EC2 instance resource", () => {
    const result = normalizeFinding(fixture("securityhub-asff-control-EC2.8-imdsv2.json"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const f = result.finding;
    expect(f.format).toBe("asff");
    expect(f.resources[0]).toMatchObject({ type: "AwsEc2Instance" });
    expect(f.complianceStatus).toBe("FAILED");
    expect(f.recordState).toBe("ACTIVE");
    expect(f.workflowStatus).toBe("NEW");
    expect(f.severityRank).toBeGreaterThanOrEqual(0);
  });

  it("reads a resolved control finding's workflow and compliance status", () => {
    const result = normalizeFinding(fixture("securityhub-asff-control-S3.2-public-read.json"));
    expect(result).toMatchObject({ ok: true, finding: { complianceStatus: "PASSED", workflowStatus: "RESOLVED" } });
  });

  it("names S3 buckets and IAM users among the resources", () => {
    const s3 = normalizeFinding(fixture("securityhub-asff-control-S3.8-bucket-bpa.json"));
    expect(s3).toMatchObject({ ok: true, finding: { severityLabel: "HIGH", resources: [{ type: "AwsS3Bucket", name: "example" }] } });
    const iam = normalizeFinding(fixture("securityhub-asff-control-IAM.3-access-key-rotation.json"));
    expect(iam.ok && iam.finding.resources[0]?.type).toBe("AwsIamUser");
  });

  it("normalizes a native GuardDuty finding keyed by its ARN, archived, with bucket, key and instance", () => {
    const raw = fixture("guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json");
    const result = normalizeFinding(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.finding).toMatchObject({
      format: "guardduty",
      awsId: raw.arn,
      productArn: "arn:aws:securityhub:us-east-1::product/aws/guardduty",
      severityLabel: "MEDIUM",
      types: ["PenTest:S3/ParrotLinux"],
      recordState: "ARCHIVED",
      awsAccountId: "123456789012",
      region: "us-east-1",
      firstObservedAt: "2022-01-13T00:00:47.000Z",
    });
    expect(result.finding.resources.map((r) => r.type)).toEqual(["AwsIamAccessKey", "AwsS3Bucket", "AwsEc2Instance"]);
  });

  it("accepts fields it does not know at any level and still reads a resource's Details", () => {
    const finding = {
      ...fixture("securityhub-asff-control-S3.8-bucket-bpa.json"),
      FieldAddedNextYear: { nested: [1, 2] },
      Severity: { Label: "LOW", Original: "2.5" },
      Resources: [{ Type: "AwsIamUser", Id: "arn:aws:iam::123456789012:user/ops/fallback", Details: { AwsIamUser: { UserName: "alice" } }, Tags: { a: "b" } }],
      Workflow: { Status: "NOTIFIED", Reason: "new member" },
    };
    expect(normalizeFinding(finding)).toMatchObject({
      ok: true,
      finding: { severityLabel: "LOW", workflowStatus: "NOTIFIED", resources: [{ type: "AwsIamUser", name: "alice" }] },
    });
  });

  it("maps severities on the documented boundaries", () => {
    expect([0, 1, 39, 40, 69, 70, 89, 90, 100].map(labelFromNormalized)).toEqual([
      "INFORMATIONAL", "LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "CRITICAL", "CRITICAL",
    ]);
    expect([0, 1, 3.9, 4, 6.9, 7, 8.9, 9].map(labelFromGuardDuty)).toEqual([
      "INFORMATIONAL", "LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "CRITICAL",
    ]);
  });

  it("rejects a finding without UpdatedAt and names the field and the finding", () => {
    const broken = fixture("securityhub-asff-control-S3.4-sse.json");
    delete broken.UpdatedAt;
    const result = normalizeFinding(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.key).toBe(broken.Id);
    expect(result.reasons.map((r) => r.name)).toContain("UpdatedAt");
  });

  it("rejects something that is not a finding at all", () => {
    expect(normalizeFinding("hello")).toMatchObject({ ok: false });
    expect(normalizeFinding({ Severity: { Label: "BOGUS" } })).toMatchObject({ ok: false });
  });

  it("accepts every real sample finding in tests/fixtures/aws", () => {
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
      const { findings, problems } = extractFindings(fixture(name));
      expect(problems, name).toEqual([]);
      for (const item of findings) expect(normalizeFinding(item.value).ok, name).toBe(true);
    }
  });
});

describe("bounds on every field read into a column", () => {
  const withText = (finding: Record<string, unknown>, keys: TJsonPath, text: string) => {
    const copy = structuredClone(finding);
    setStringAt(copy, keys, text);
    return copy;
  };
  const samples = [
    fixture("guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json"),
    fixture("guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json"),
    { ...fixture("securityhub-asff-control-S3.8-bucket-bpa.json"), Resources: [{ Type: "AwsIamUser", Id: "arn:aws:iam::1:user/a", Region: "us-east-1", Details: { AwsIamUser: { UserName: "a" } } }] },
    fixture("securityhub-asff-control-EC2.8-imdsv2.json"),
  ];

  it("rejects a native GuardDuty finding whose type is 100 KB, naming the field", () => {
    const result = normalizeFinding({ ...samples[0]!, type: `Recon:EC2/${"A".repeat(100 * 1024)}` });
    expect(result).toMatchObject({ ok: false, reasons: [{ name: "type", reason: expect.stringMatching(/256/) }] });
  });

  it("rejects 100 KB in any string that reaches the normalized finding, ASFF and native GuardDuty alike", () => {
    let reached = 0;
    for (const sample of samples) {
      for (const keys of stringPaths(sample)) {
        // A field is read into a column when a marker put there shows up in the normalized finding.
        const marked = normalizeFinding(withText(sample, keys, "§marker§"));
        if (!marked.ok || !JSON.stringify(marked.finding).includes("§marker§")) continue;
        reached += 1;
        const result = normalizeFinding(withText(sample, keys, `§${"x".repeat(100 * 1024)}`));
        expect(result.ok, keys.join(".")).toBe(false);
        if (!result.ok) expect(result.reasons.map((r) => r.name), keys.join(".")).toContain(keys.join("."));
      }
    }
    expect(reached).toBeGreaterThan(25);
  });
});

describe("extractFindings", () => {
  it("unwraps Security Hub EventBridge events, Imported and Custom Action", () => {
    for (const name of ["eventbridge-securityhub-findings-imported-cis-1.4.json", "eventbridge-securityhub-findings-custom-action-cis-1.6.json"]) {
      expect(extractFindings(fixture(name)).findings).toHaveLength(1);
    }
  });

  it("unwraps a GuardDuty Finding event whose detail is one finding", () => {
    const detail = fixture("guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json");
    const event = { version: "0", id: "e", "detail-type": "GuardDuty Finding", source: "aws.guardduty", detail };
    const { findings } = extractFindings(event);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.value).toEqual(detail);
  });

  it("unwraps {Findings: [...]} and arrays of mixed containers", () => {
    const a = fixture("securityhub-asff-control-S3.1-account-bpa.json");
    const b = fixture("securityhub-asff-control-S3.4-sse.json");
    expect(extractFindings({ Findings: [a, b] }).findings).toHaveLength(2);
    expect(extractFindings([a, { Findings: [b] }]).findings).toHaveLength(2);
  });

  it("keeps the exact text of a single finding document", () => {
    const text = ' {"Id": "x" ,"b":1}';
    expect(extractFindings(JSON.parse(text), text).findings[0]?.raw).toBe(text);
  });

  it("reports a scalar instead of a finding", () => {
    expect(extractFindings([1]).problems).toHaveLength(1);
  });
});
