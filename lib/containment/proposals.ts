import { findAction, type TContainmentActionId, type TParameterSource } from "@/lib/containment/catalog";

/** What the mapping reads of a linked finding: its types, its Security Hub control and its resources. */
export type TFindingForContainment = {
  id: string;
  title: string;
  types: readonly string[];
  controlId: string | null;
  awsAccountId: string;
  region: string;
  resources: readonly { type: string; id: string; name?: string; region?: string }[];
};

/** One proposed action on one target, with the parameters the finding fills ("" where a person must). */
export type TProposal = {
  actionId: TContainmentActionId;
  findingId: string;
  /** The finding's resource the action targets, or the account. */
  target: string;
  accountId: string;
  region: string;
  parameters: Record<string, string>;
  /** Why it is proposed, in words. */
  because: string;
};

type TTarget = Partial<Record<Exclude<TParameterSource, "role">, string>>;

const S3_PUBLIC_BUCKET_CONTROLS = new Set(["S3.2", "S3.3", "S3.8", "S3.19"]);
const S3_PUBLIC_ACCOUNT_CONTROLS = new Set(["S3.1"]);
const GUARDDUTY_BUCKET_PUBLIC = new Set(["Policy:S3/BucketBlockPublicAccessDisabled", "Policy:S3/BucketAnonymousAccessGranted", "Policy:S3/BucketPublicAccessGranted"]);
const GUARDDUTY_ACCOUNT_PUBLIC = "Policy:S3/AccountBlockPublicAccessDisabled";
const CLOUDTRAIL_DISABLED = "Stealth:IAMUser/CloudTrailLoggingDisabled";

// GuardDuty types are "ThreatPurpose:ResourceType/Name"; in ASFF they come as "TTPs/<tactic>/ThreatPurpose:ResourceType-Name".
function guardDutyTypes(types: readonly string[]): string[] {
  return types.map((full) => {
    const type = full.slice(0, 300);
    if (/^[A-Za-z]+:[A-Za-z0-9]+\//.test(type)) return type;
    return (type.split("/").at(-1) ?? "").replace(/^([A-Za-z]+:[A-Za-z0-9]+)-/, "$1/");
  });
}

const onResource = (type: string) => (type.split(":")[1] ?? "").split("/")[0] ?? "";

function bucketOf(resource: TFindingForContainment["resources"][number]): string | undefined {
  return resource.name ?? (resource.id.startsWith("arn:") ? resource.id.split(":::")[1] : undefined);
}

function instanceOf(resource: TFindingForContainment["resources"][number]): string | undefined {
  return /instance\/(i-[0-9a-f]{8,17})$/.exec(resource.id)?.[1] ?? (/^i-[0-9a-f]{8,17}$/.test(resource.name ?? "") ? resource.name : undefined);
}

function trailOf(resource: TFindingForContainment["resources"][number]): string | undefined {
  return /:trail\/([^/]{1,128})$/.exec(resource.id)?.[1];
}

/**
 * The containment actions a finding calls for, in the order they should run (a forensic image before the instance
 * is isolated). Pure. Finding text is attacker-controlled: it is only compared, sliced and copied as a value, never
 * run as a pattern.
 */
export function proposeForFinding(finding: TFindingForContainment): TProposal[] {
  const proposals: TProposal[] = [];
  const base = { findingId: finding.id, accountId: finding.awsAccountId, region: finding.region };
  const propose = (actionId: TContainmentActionId, target: string, values: TTarget, because: string) => {
    proposals.push({ ...base, actionId, target, parameters: fill(actionId, { accountId: finding.awsAccountId, ...values }), because });
  };
  const control = finding.controlId;
  const gdTypes = guardDutyTypes(finding.types);
  const resourcesOf = (type: string) => finding.resources.filter((r) => r.type === type);

  // S3 public exposure: the bucket, or the whole account for account-level findings.
  const bucketPublic = (control !== null && S3_PUBLIC_BUCKET_CONTROLS.has(control)) || gdTypes.some((t) => GUARDDUTY_BUCKET_PUBLIC.has(t))
    || finding.types.some((t) => t.startsWith("Effects/Data Exposure"));
  if (bucketPublic) {
    for (const bucket of resourcesOf("AwsS3Bucket")) {
      const name = bucketOf(bucket);
      if (name) propose("s3-bucket-block-public-access", name, { bucketName: name }, `${control ?? "The finding"} reports the bucket as publicly accessible.`);
    }
  }
  if ((control !== null && S3_PUBLIC_ACCOUNT_CONTROLS.has(control)) || gdTypes.includes(GUARDDUTY_ACCOUNT_PUBLIC)) {
    propose("s3-account-block-public-access", `account ${finding.awsAccountId}`, {}, `${control ?? "The finding"} reports the account's S3 Block Public Access as off.`);
  }
  if (control === "S3.4") {
    for (const bucket of resourcesOf("AwsS3Bucket")) {
      const name = bucketOf(bucket);
      if (name) propose("s3-bucket-default-encryption", name, { bucketName: name }, "S3.4 reports the bucket without default encryption.");
    }
  }

  // IAM: stale or leaked credentials, compromised principals.
  if (control === "IAM.3") {
    for (const user of resourcesOf("AwsIamUser")) {
      if (user.name) propose("iam-access-key-deactivate", user.name, { userName: user.name }, "IAM.3 reports an access key not rotated for 90 days.");
    }
  }
  if (control === "IAM.8") {
    for (const user of resourcesOf("AwsIamUser")) {
      if (user.name) propose("iam-user-revoke-unused-credentials", user.name, { userName: user.name }, "IAM.8 reports credentials unused for 90 days.");
    }
  }
  if (gdTypes.some((t) => onResource(t) === "IAMUser")) {
    for (const key of resourcesOf("AwsIamAccessKey")) {
      const because = "GuardDuty reports suspicious use of this IAM user's credentials.";
      if (/^(AKIA|ASIA)[A-Z0-9]{12,124}$/.test(key.id)) propose("iam-access-key-deactivate", key.id, { userName: key.name, accessKeyId: key.id }, because);
      if (key.name) propose("iam-principal-contain", key.name, { userName: key.name }, because);
    }
    for (const role of resourcesOf("AwsIamRole")) {
      if (role.name) propose("iam-role-revoke-sessions", role.name, { roleName: role.name }, "GuardDuty reports suspicious use of this role's sessions.");
    }
  }

  // EC2: image the volumes first, then isolate the instance.
  if (gdTypes.some((t) => onResource(t) === "EC2")) {
    for (const resource of resourcesOf("AwsEc2Instance")) {
      const instanceId = instanceOf(resource);
      if (!instanceId) continue;
      const because = "GuardDuty reports the instance as compromised or attacked.";
      propose("ec2-forensic-snapshot", instanceId, { instanceId }, because);
      propose("ec2-instance-contain", instanceId, { instanceId }, because);
    }
  }

  // CloudTrail: logging stopped, no trail, or no log file validation.
  if (gdTypes.includes(CLOUDTRAIL_DISABLED)) {
    propose("cloudtrail-start-logging", `account ${finding.awsAccountId}`, {}, "GuardDuty reports that CloudTrail logging was disabled.");
  }
  if (control === "CloudTrail.1" || control === "CloudTrail.3") {
    propose("cloudtrail-enable-trail", `account ${finding.awsAccountId}`, {}, `${control} reports no trail logging every region.`);
  }
  if (control === "CloudTrail.4") {
    for (const trail of resourcesOf("AwsCloudTrailTrail")) {
      const name = trailOf(trail);
      if (name) propose("cloudtrail-log-file-validation", name, { trailName: name }, "CloudTrail.4 reports the trail without log file validation.");
    }
  }
  return dedupe(proposals);
}

/** Every finding's proposals, one per action and target (the first finding that calls for it is named). */
export function proposeForFindings(findings: readonly TFindingForContainment[]): TProposal[] {
  return dedupe(findings.flatMap(proposeForFinding));
}

function dedupe(proposals: TProposal[]): TProposal[] {
  const seen = new Set<string>();
  return proposals.filter((p) => {
    const key = `${p.actionId}\u0000${p.accountId}\u0000${p.region}\u0000${p.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The action's parameters as the finding fills them; the role is left for the request (it comes from the account). */
function fill(actionId: TContainmentActionId, target: TTarget): Record<string, string> {
  const action = findAction(actionId);
  if (!action) throw new Error(`Unknown containment action ${actionId}`);
  const values: Record<string, string> = {};
  for (const parameter of action.parameters) {
    if (parameter.source === "role") continue;
    const fromTarget = parameter.source ? target[parameter.source] : undefined;
    values[parameter.name] = fromTarget ?? parameter.default ?? "";
  }
  return values;
}
