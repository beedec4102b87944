import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTAINMENT_ACTIONS, findAction } from "@/lib/containment/catalog";
import { securityControlId } from "@/lib/containment/control-id";
import { proposeForFinding, proposeForFindings, type TFindingForContainment } from "@/lib/containment/proposals";
import { normalizeFinding } from "@/lib/findings/normalize";

const dir = path.join(process.cwd(), "tests/fixtures/aws");

/** A real sample finding as the console stores it: normalized, with the control read from its raw JSON. */
function sample(file: string, edit: (raw: Record<string, unknown>) => void = () => {}): TFindingForContainment {
  const parsed = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;
  const raw = (parsed.detail ? (parsed.detail as { findings: Record<string, unknown>[] }).findings[0] : parsed)!;
  edit(raw);
  const normalized = normalizeFinding(raw);
  if (!normalized.ok) throw new Error(`${file} does not normalize: ${JSON.stringify(normalized.reasons)}`);
  const f = normalized.finding;
  return { id: file, title: f.title, types: f.types, controlId: securityControlId(raw), awsAccountId: f.awsAccountId, region: f.region, resources: f.resources };
}

const actions = (finding: TFindingForContainment) => proposeForFinding(finding).map((p) => p.actionId);

describe("proposed containment actions for the real AWS sample findings", () => {
  it("S3.1 (account-level): blocks public access for the whole account, filling the account id", () => {
    const [proposal, ...rest] = proposeForFinding(sample("securityhub-asff-control-S3.1-account-bpa.json"));
    expect(rest).toEqual([]);
    expect(proposal).toMatchObject({ actionId: "s3-account-block-public-access", accountId: "111111111111", region: "us-east-1" });
    expect(proposal!.parameters).toMatchObject({ AccountId: "111111111111", BlockPublicAcls: "true", RestrictPublicBuckets: "true" });
  });

  it("S3.2 and S3.8 (a public bucket): blocks public access on that bucket", () => {
    expect(proposeForFinding(sample("securityhub-asff-control-S3.2-public-read.json"))).toEqual([
      expect.objectContaining({ actionId: "s3-bucket-block-public-access", target: "so0111-aws-cloudtrail-111111111111", parameters: { S3BucketName: "so0111-aws-cloudtrail-111111111111" } }),
    ]);
    expect(actions(sample("securityhub-asff-control-S3.8-bucket-bpa.json"))).toEqual(["s3-bucket-block-public-access"]);
  });

  it("S3.4: enables default encryption on the bucket", () => {
    const [proposal] = proposeForFinding(sample("securityhub-asff-control-S3.4-sse.json"));
    expect(proposal).toMatchObject({ actionId: "s3-bucket-default-encryption", parameters: { BucketName: "aes-siem-111111111111-snapshot", SSEAlgorithm: "AES256" } });
  });

  it("IAM.3: deactivates the user's unrotated key, leaving the key id for a person to fill", () => {
    const [proposal, ...rest] = proposeForFinding(sample("securityhub-asff-control-IAM.3-access-key-rotation.json"));
    expect(rest).toEqual([]);
    expect(proposal).toMatchObject({ actionId: "iam-access-key-deactivate", parameters: { UserName: "test-admin2", AccessKeyId: "" } });
  });

  it("IAM.8: revokes the user's unused credentials", () => {
    expect(proposeForFinding(sample("securityhub-asff-control-IAM.8-unused-credentials.json"))).toEqual([
      expect.objectContaining({ actionId: "iam-user-revoke-unused-credentials", parameters: { IAMResourceId: "sharrtest", MaxCredentialUsageAge: "90" } }),
    ]);
  });

  it("CIS 1.4 (the same check as IAM.3, reported by the CIS standard) is read as IAM.3", () => {
    const cis = sample("eventbridge-securityhub-findings-imported-cis-1.4.json");
    expect(cis.controlId).toBe("IAM.3");
  });

  it("CloudTrail.1: creates a multi-region trail, the log bucket left for a person", () => {
    const [proposal] = proposeForFinding(sample("securityhub-asff-control-CloudTrail.1-multi-region.json"));
    expect(proposal).toMatchObject({ actionId: "cloudtrail-enable-trail", parameters: { TrailName: "breachdesk-containment-trail", S3BucketName: "" } });
  });

  it("CloudTrail.4 on a trail: turns on log file validation for that trail", () => {
    // The CloudTrail.1 sample re-pointed at a trail resource, as Security Hub reports CloudTrail.4.
    const trail = sample("securityhub-asff-control-CloudTrail.1-multi-region.json", (raw) => {
      (raw.ProductFields as Record<string, unknown>).ControlId = "CloudTrail.4";
      raw.Resources = [{ Type: "AwsCloudTrailTrail", Id: "arn:aws:cloudtrail:us-east-1:111111111111:trail/org-trail", Region: "us-east-1" }];
    });
    expect(proposeForFinding(trail)).toEqual([expect.objectContaining({ actionId: "cloudtrail-log-file-validation", parameters: { TrailNames: "org-trail" } })]);
  });

  it("Stealth:IAMUser/CloudTrailLoggingDisabled: restarts logging and contains the user who stopped it", () => {
    // GuardDuty's generated sample for an IAM user, with the type GuardDuty gives a stopped trail (no published
    // native sample of that type is in the repo).
    const stealth = sample("guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json", (raw) => {
      raw.type = "Stealth:IAMUser/CloudTrailLoggingDisabled";
    });
    expect(actions(stealth)).toEqual(["iam-principal-contain", "cloudtrail-start-logging"]);
    expect(proposeForFinding(stealth)[0]!.parameters).toMatchObject({ PrincipalName: "GeneratedFindingUserName", PrincipalType: "IAMUser", Action: "Contain", DryRun: "false" });
  });

  it("a GuardDuty IAM user finding with a real access key id also proposes deactivating that key", () => {
    const recon = sample("guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json", (raw) => {
      ((raw.resource as Record<string, unknown>).accessKeyDetails as Record<string, unknown>).accessKeyId = "AKIAIOSFODNN7EXAMPLE";
    });
    expect(proposeForFinding(recon)).toEqual([
      expect.objectContaining({ actionId: "iam-access-key-deactivate", parameters: { UserName: "GeneratedFindingUserName", AccessKeyId: "AKIAIOSFODNN7EXAMPLE" } }),
      expect.objectContaining({ actionId: "iam-principal-contain" }),
    ]);
  });

  it("GuardDuty EC2 finding (SSH brute force, ASFF): images the instance first, then isolates it", () => {
    const proposals = proposeForFinding(sample("guardduty-asff-example-ssh-bruteforce.docs.json"));
    expect(proposals.map((p) => [p.actionId, p.parameters.InstanceId])).toEqual([
      ["ec2-forensic-snapshot", "i-0c10c2c7863d1a356"],
      ["ec2-instance-contain", "i-0c10c2c7863d1a356"],
    ]);
    expect(proposals[0]).toMatchObject({ accountId: "193043430472", region: "us-east-1" });
  });

  it("proposes nothing for a configuration finding that is not containment (EC2.8, IMDSv2)", () => {
    expect(proposeForFinding(sample("securityhub-asff-control-EC2.8-imdsv2.json"))).toEqual([]);
  });

  it("names each action once when several findings call for it on the same target", () => {
    const s3 = sample("securityhub-asff-control-S3.2-public-read.json");
    expect(proposeForFindings([s3, { ...s3, id: "again" }])).toHaveLength(1);
  });

  it("never leaves the role to the finding: it comes from the account's configuration", () => {
    const proposals = proposeForFinding(sample("securityhub-asff-control-S3.8-bucket-bpa.json"));
    expect(Object.keys(proposals[0]!.parameters)).not.toContain("AutomationAssumeRole");
  });
});

describe("the catalog", () => {
  it("has the issue's action classes, each with its runbook, and the properties the gate reads", () => {
    const ids = CONTAINMENT_ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findAction("ec2-instance-contain")).toMatchObject({ runbook: { document: "AWSSupport-ContainEC2Instance" }, reversible: true, release: { parameters: { Action: "Release" } } });
    expect(findAction("iam-principal-contain")).toMatchObject({ runbook: { document: "AWSSupport-ContainIAMPrincipal" }, destructive: true, productionAccess: true, dryRun: { parameter: "DryRun" } });
    expect(findAction("iam-role-revoke-sessions")).toMatchObject({ reversible: false, destructive: true });
  });

  it("fills every proposed parameter from a name the action declares", () => {
    for (const action of CONTAINMENT_ACTIONS) {
      for (const parameter of action.parameters) {
        expect(parameter.pattern.source.startsWith("^") && parameter.pattern.source.endsWith("$"), `${action.id}.${parameter.name}`).toBe(true);
        if ("default" in parameter && parameter.default !== undefined) expect(parameter.pattern.test(parameter.default), `${action.id}.${parameter.name}`).toBe(true);
      }
    }
  });

  it("tests a parameter in time linear in its length (no pattern backtracks on a long hostile value)", () => {
    const hostile = `${"a".repeat(50_000)}!`;
    const started = performance.now();
    for (const action of CONTAINMENT_ACTIONS) for (const parameter of action.parameters) parameter.pattern.test(hostile);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
