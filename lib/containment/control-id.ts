/**
 * The Security Hub control a finding reports on ("S3.4", "IAM.3"), read from its raw ASFF: the consolidated
 * `Compliance.SecurityControlId`, else `ProductFields.ControlId`, else the last segment of a standard's
 * `GeneratorId`. CIS v1.2 findings name a rule number instead; the few that map to a containment control are
 * translated (AWS's own CIS 1.2 ↔ control table). Pure; anything unreadable gives null.
 */

// CIS AWS Foundations Benchmark v1.2.0 rule → Security Hub control (docs.aws.amazon.com/securityhub, "CIS v1.2.0").
const CIS_1_2_CONTROLS: Record<string, string> = {
  "1.3": "IAM.8",
  "1.4": "IAM.3",
  "2.1": "CloudTrail.1",
  "2.2": "CloudTrail.4",
};

const CONTROL_ID = /^[A-Za-z0-9]{1,40}\.\d{1,4}$/;

export function securityControlId(raw: unknown): string | null {
  if (typeof raw !== "object" || raw === null) return null;
  const finding = raw as Record<string, unknown>;
  const compliance = finding.Compliance as Record<string, unknown> | undefined;
  const productFields = finding.ProductFields as Record<string, unknown> | undefined;
  for (const candidate of [compliance?.SecurityControlId, productFields?.ControlId]) {
    if (typeof candidate === "string" && CONTROL_ID.test(candidate)) return candidate;
  }
  const generator = typeof finding.GeneratorId === "string" ? finding.GeneratorId.slice(0, 500) : "";
  const cisRule = /cis-aws-foundations-benchmark\/v\/1\.2\.0\/rule\/(\d{1,2}\.\d{1,2})$/.exec(generator)?.[1];
  if (cisRule) return CIS_1_2_CONTROLS[cisRule] ?? null;
  const last = generator.split("/").at(-1) ?? "";
  return generator.includes("/") && CONTROL_ID.test(last) ? last : null;
}
