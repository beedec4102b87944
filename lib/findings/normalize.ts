import { z } from "zod";
import {
  SEVERITY_LABELS,
  ZAsffFinding,
  ZGuardDutyFinding,
  type TAsffFinding,
  type TFindingResource,
  type TGuardDutyFinding,
  type TNormalizedFinding,
  type TSeverityLabel,
} from "@/lib/findings/schemas";

export type TNormalizeResult =
  | { ok: true; finding: TNormalizedFinding }
  | { ok: false; reasons: { name: string; reason: string }[]; key?: string };

export function severityRank(label: TSeverityLabel): number {
  return SEVERITY_LABELS.indexOf(label);
}

/** ASFF Severity.Normalized → label, per the ASFF documentation (0, 1–39, 40–69, 70–89, 90–100). */
export function labelFromNormalized(normalized: number): TSeverityLabel {
  if (normalized >= 90) return "CRITICAL";
  if (normalized >= 70) return "HIGH";
  if (normalized >= 40) return "MEDIUM";
  if (normalized >= 1) return "LOW";
  return "INFORMATIONAL";
}

/** GuardDuty's 0–10 severity → label (GuardDuty docs: 1–3.9 low, 4–6.9 medium, 7–8.9 high, 9+ critical). */
export function labelFromGuardDuty(severity: number): TSeverityLabel {
  if (severity >= 9) return "CRITICAL";
  if (severity >= 7) return "HIGH";
  if (severity >= 4) return "MEDIUM";
  if (severity >= 1) return "LOW";
  return "INFORMATIONAL";
}

/** True for a native GuardDuty finding (camelCase keys) rather than ASFF. */
export function isGuardDutyNative(value: unknown): boolean {
  return typeof value === "object" && value !== null && "schemaVersion" in value && "arn" in value && !("ProductArn" in value);
}

/** Validates and normalizes one finding, ASFF or native GuardDuty. Pure: no clock, no I/O. */
export function normalizeFinding(value: unknown): TNormalizeResult {
  if (isGuardDutyNative(value)) {
    const parsed = ZGuardDutyFinding.safeParse(value);
    if (!parsed.success) return rejection(parsed.error, keyOf(value));
    return { ok: true, finding: fromGuardDuty(parsed.data) };
  }
  const parsed = ZAsffFinding.safeParse(value);
  if (!parsed.success) return rejection(parsed.error, keyOf(value));
  return { ok: true, finding: fromAsff(parsed.data) };
}

function rejection(error: z.ZodError, key: string | undefined): TNormalizeResult {
  const reasons = error.issues.slice(0, 10).map((issue) => ({
    name: issue.path.length ? issue.path.join(".") : "finding",
    reason: issue.message,
  }));
  return key === undefined ? { ok: false, reasons } : { ok: false, reasons, key };
}

function keyOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const id = record.Id ?? record.arn ?? record.id;
  return typeof id === "string" ? id.slice(0, 300) : undefined;
}

function iso(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}

function fromAsff(f: TAsffFinding): TNormalizedFinding {
  const label = f.Severity.Label ?? labelFromNormalized(f.Severity.Normalized ?? 0);
  const firstResourceRegion = f.Resources[0]?.Region;
  return {
    format: "asff",
    productArn: f.ProductArn,
    awsId: f.Id,
    title: f.Title,
    description: f.Description,
    severityLabel: label,
    severityRank: severityRank(label),
    types: f.Types ?? [],
    productName: f.ProductName ?? productNameFromArn(f.ProductArn),
    awsAccountId: f.AwsAccountId,
    region: f.Region ?? firstResourceRegion ?? regionFromArn(f.ProductArn) ?? "",
    resources: f.Resources.map((r) => ({
      type: r.Type,
      id: r.Id,
      ...(r.Region ? { region: r.Region } : {}),
      ...resourceName(r.Type, r.Id, r.Details),
    })),
    firstObservedAt: iso(f.FirstObservedAt),
    lastObservedAt: iso(f.LastObservedAt),
    createdAt: new Date(f.CreatedAt).toISOString(),
    updatedAt: new Date(f.UpdatedAt).toISOString(),
    complianceStatus: f.Compliance?.Status ?? null,
    recordState: f.RecordState ?? "ACTIVE",
    workflowStatus: f.Workflow?.Status ?? f.WorkflowState ?? "NEW",
  };
}

function fromGuardDuty(f: TGuardDutyFinding): TNormalizedFinding {
  const label = labelFromGuardDuty(f.severity);
  const partition = f.partition ?? "aws";
  return {
    format: "guardduty",
    // Security Hub's product ARN for GuardDuty in that region, so the same finding arriving later through
    // Security Hub (Id = the GuardDuty ARN) lands on the same row.
    productArn: `arn:${partition}:securityhub:${f.region}::product/aws/guardduty`,
    awsId: f.arn,
    title: f.title,
    description: f.description,
    severityLabel: label,
    severityRank: severityRank(label),
    types: [f.type],
    productName: "GuardDuty",
    awsAccountId: f.accountId,
    region: f.region,
    resources: guardDutyResources(f),
    firstObservedAt: iso(f.service?.eventFirstSeen),
    lastObservedAt: iso(f.service?.eventLastSeen),
    createdAt: new Date(f.createdAt).toISOString(),
    updatedAt: new Date(f.updatedAt).toISOString(),
    complianceStatus: null,
    recordState: f.service?.archived ? "ARCHIVED" : "ACTIVE",
    workflowStatus: "NEW",
  };
}

const str = (v: string | null | undefined): string | undefined => (v ? v : undefined);

function guardDutyResources(f: TGuardDutyFinding): TFindingResource[] {
  const resources: TFindingResource[] = [];
  const r = f.resource;
  const region = f.region;
  const access = r.accessKeyDetails;
  if (access) {
    const userName = str(access.userName);
    resources.push({
      type: str(access.userType) === "Root" ? "AwsAccount" : "AwsIamAccessKey",
      id: str(access.accessKeyId) ?? userName ?? "unknown",
      ...(userName ? { name: userName } : {}),
    });
  }
  for (const bucket of r.s3BucketDetails ?? []) {
    const name = str(bucket.name);
    const arn = str(bucket.arn) ?? (name ? `arn:aws:s3:::${name}` : undefined);
    if (arn) resources.push({ type: "AwsS3Bucket", id: arn, ...(name ? { name } : {}) });
  }
  const instanceId = str(r.instanceDetails?.instanceId);
  if (instanceId) {
    resources.push({
      type: "AwsEc2Instance",
      id: `arn:${f.partition ?? "aws"}:ec2:${region}:${f.accountId}:instance/${instanceId}`,
      name: instanceId,
      region,
    });
  }
  if (resources.length === 0) {
    resources.push({ type: str(r.resourceType) ?? "Other", id: `${f.accountId}/${str(r.resourceType) ?? "unknown"}` });
  }
  return resources;
}

function resourceName(type: string, id: string, details: TAsffFinding["Resources"][number]["Details"]): { name?: string } {
  if (type === "AwsS3Bucket" && id.startsWith("arn:")) return { name: id.split(":::")[1] ?? id };
  if (type === "AwsIamUser") {
    const name = str(details?.AwsIamUser?.UserName) ?? id.split("/").at(-1);
    return name ? { name } : {};
  }
  if (type === "AwsEc2Instance") return { name: id.split("/").at(-1) ?? id };
  if (type === "AwsIamRole" || type === "AwsIamAccessKey") return { name: id.split("/").at(-1) ?? id };
  return {};
}

function productNameFromArn(arn: string): string {
  return arn.split("/").at(-1) ?? arn;
}

function regionFromArn(arn: string): string | undefined {
  return arn.split(":")[3] || undefined;
}
