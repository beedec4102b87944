import { describe, expect, it } from "vitest";
import { PLAYBOOKS } from "./catalog";
import { compileLinearPattern } from "./linear-pattern";
import { suggestPlaybooks } from "./match";

const ids = (types: string[], resourceTypes: string[] = []) =>
  suggestPlaybooks([{ types, resourceTypes }]).map((s) => s.playbook.id);

describe("playbook matching", () => {
  it("suggests the public-bucket playbook for GuardDuty's S3 policy findings", () => {
    expect(ids(["Policy:S3/BucketBlockPublicAccessDisabled"])).toEqual(["s3-public-bucket"]);
    expect(ids(["Policy:S3/BucketAnonymousAccessGranted"])).toEqual(["s3-public-bucket"]);
  });

  it("suggests the public-bucket playbook for a Security Hub best-practice finding only when it is about a bucket", () => {
    const type = "Software and Configuration Checks/AWS Security Best Practices";
    expect(ids([type], ["AwsS3Bucket"])).toEqual(["s3-public-bucket"]);
    expect(ids([type], ["AwsEc2Instance"])).toEqual([]);
  });

  it("suggests the leaked-key playbook (and exfiltration) for instance credential exfiltration", () => {
    const found = ids(["UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS"], ["AwsIamAccessKey"]);
    expect(found).toContain("iam-access-key-leaked");
  });

  it("suggests EC2 compromise for crypto-mining and exfiltration for S3 data exfiltration", () => {
    expect(ids(["CryptoCurrency:EC2/BitcoinTool.B!DNS"])).toEqual(["ec2-compromise"]);
    expect(ids(["Exfiltration:S3/AnomalousBehavior"])).toEqual(["guardduty-exfiltration"]);
  });

  it("suggests the RDS playbook for a public snapshot finding", () => {
    expect(ids(["Software and Configuration Checks/AWS Security Best Practices"], ["AwsRdsDbSnapshot"])).toEqual([
      "rds-snapshot-public",
    ]);
  });

  it("suggests nothing for unrelated findings and counts matching findings per playbook", () => {
    expect(ids(["Software and Configuration Checks/Vulnerabilities/CVE"], ["AwsEcrContainerImage"])).toEqual([]);
    const suggestions = suggestPlaybooks([
      { types: ["Policy:S3/BucketBlockPublicAccessDisabled"], resourceTypes: [] },
      { types: ["Policy:S3/BucketAnonymousAccessGranted"], resourceTypes: [] },
      { types: ["CryptoCurrency:EC2/BitcoinTool.B"], resourceTypes: [] },
    ]);
    expect(suggestions.map((s) => [s.playbook.id, s.matchedFindings])).toEqual([
      ["s3-public-bucket", 2],
      ["ec2-compromise", 1],
    ]);
  });

  it("keeps every playbook's item keys unique and every pattern one the linear matcher compiles", () => {
    for (const playbook of PLAYBOOKS) {
      const keys = playbook.tasks.map((t) => t.key);
      expect(new Set(keys).size, playbook.id).toBe(keys.length);
      for (const m of playbook.matchers) expect(() => compileLinearPattern(m.type)).not.toThrow();
    }
    expect(new Set(PLAYBOOKS.map((p) => p.id)).size).toBe(PLAYBOOKS.length);
  });

  it("matches a 10 KB hostile type against the whole catalog in under 50 ms, its work linear in the type's length", () => {
    // Each made to make a backtracking engine retry: RegExp took seconds on the first one.
    const hostile = (length: number) => ["RDSSnapshot", "RDS", "Policy:S3/Bucket", "a"].map((unit) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
    const work = (types: string[]) => {
      const steps = { count: 0 };
      for (const type of types) suggestPlaybooks([{ types: [type], resourceTypes: ["AwsEc2Instance"] }], PLAYBOOKS, steps);
      return steps.count;
    };
    for (const type of hostile(10_240)) {
      // The best of five runs, so neither warming up nor a loaded machine's pauses count against the algorithm.
      const elapsed = Math.min(
        ...[1, 2, 3, 4, 5].map(() => {
          const began = performance.now();
          suggestPlaybooks([{ types: [type], resourceTypes: [] }]);
          return performance.now() - began;
        }),
      );
      expect(elapsed, type.slice(0, 20)).toBeLessThan(50);
    }
    // Twice the text, at most about twice the work (a backtracking matcher's grows with its square or cube).
    const small = work(hostile(10_240));
    expect(small).toBeGreaterThan(0);
    expect(work(hostile(20_480)) / small).toBeLessThan(2.1);
  });
});
