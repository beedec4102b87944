/**
 * Containment actions as typed data, like the clock rules and the playbooks: each names what AWS runs (a Systems
 * Manager Automation runbook, or a direct API call where AWS publishes no runbook), its parameters with the pattern a
 * value must match, and the properties the approval gate reads (production access, destructive). Bump an action's
 * `version` whenever anything about it changes: approvals are bound to the version they saw.
 */

/** Where a parameter's proposed value comes from; `role` is never typed by a person: it is the account's configured role. */
export type TParameterSource = "bucketName" | "instanceId" | "userName" | "roleName" | "accessKeyId" | "accountId" | "trailName" | "role";

export type TActionParameter = {
  /** The runbook's own parameter name (SSM parameters are case-sensitive). */
  name: string;
  label: string;
  /**
   * Anchored, with no nested quantifier, so testing any value is linear; values are also capped at `maxLength`
   * before the pattern runs.
   */
  pattern: RegExp;
  maxLength: number;
  /** What a value must look like, in words, for the 400 that refuses one. */
  rule: string;
  /** Filled from the finding (or the account's role), when it names one. */
  source?: TParameterSource;
  /** Proposed when nothing fills it. */
  default?: string;
};

export type TRunbook =
  | { kind: "ssm-automation"; document: string }
  | { kind: "api"; service: "iam" | "s3" | "cloudtrail"; operation: string };

export type TContainmentAction = {
  id: string;
  version: number;
  title: string;
  description: string;
  runbook: TRunbook;
  parameters: readonly TActionParameter[];
  /**
   * The change can be undone; `release` says how, when Breachdesk can run it: an SSM document, or a direct call named
   * as runbookName names one ("iam:UpdateAccessKey"), with the values set over the original's parameters.
   */
  reversible: boolean;
  release: { document: string; parameters: Record<string, string> } | null;
  /** The runbook has a parameter that makes it report what it would do without doing it. */
  dryRun: { parameter: string; on: string; off: string } | null;
  /** Irreversible or disruptive: two different people must approve. */
  destructive: boolean;
  /** Changes who or what can reach production: an incident commander must be among the approvers. */
  productionAccess: boolean;
  /**
   * The exact IAM actions the role it runs as needs (for a runbook: the runbook's own "Required IAM permissions",
   * which include starting and reading the automation; for a direct call: that one API action). Its release, when
   * it has one, is the same document or call, so it needs nothing more. The execution-role policy is generated from
   * these (execution-role-policy.ts), and an AccessDenied failure quotes them.
   */
  iamPermissions: readonly string[];
  /** Where AWS documents those permissions. */
  permissionsSource: string;
};

// Patterns are built from AWS's own naming rules, kept a little loose where AWS is; every one is anchored.
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const ASSUME_ROLE: TActionParameter = {
  name: "AutomationAssumeRole", label: "Runs as role", pattern: ROLE_ARN, maxLength: 600, rule: "an IAM role ARN", source: "role",
};
const BUCKET: TActionParameter = {
  name: "BucketName", label: "Bucket", pattern: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, maxLength: 63,
  rule: "an S3 bucket name (3 to 63 lower-case letters, digits, dots and hyphens)", source: "bucketName",
};
const INSTANCE_ID: TActionParameter = {
  name: "InstanceId", label: "Instance", pattern: /^i-[0-9a-f]{8,17}$/, maxLength: 19, rule: "an EC2 instance id such as i-0abc12345def67890", source: "instanceId",
};
const USER_NAME = { pattern: /^[\w+=,.@-]{1,64}$/, maxLength: 64, rule: "an IAM user name (up to 64 letters, digits and +=,.@_-)" } as const;
const ROLE_NAME = { pattern: /^[\w+=,.@-]{1,64}$/, maxLength: 64, rule: "an IAM role name (up to 64 letters, digits and +=,.@_-)" } as const;
const TRAIL_NAME = { pattern: /^[A-Za-z0-9][\w.-]{1,126}[A-Za-z0-9]$/, maxLength: 128, rule: "a CloudTrail trail name (3 to 128 letters, digits, periods, underscores and hyphens)" } as const;
const BOOLEAN = { pattern: /^(true|false)$/, maxLength: 5, rule: "true or false" } as const;

// The AWSSupport-Contain* runbooks: this request contains (Release is a request of its own), for real or as a dry run.
const CONTAIN_STEP_PARAMETERS: readonly TActionParameter[] = [
  { name: "Action", label: "Action", pattern: /^Contain$/, maxLength: 7, rule: "Contain (Release is its own request)", default: "Contain" },
  { name: "DryRun", label: "Dry run", ...BOOLEAN, default: "false" },
];
const CONTAIN_DRY_RUN = { parameter: "DryRun", on: "true", off: "false" } as const;

// Both AWSSupport-Contain* runbooks track their executions and keep the original configuration in a backup bucket.
const SSM_AUTOMATION = ["ssm:StartAutomationExecution", "ssm:GetAutomationExecution", "ssm:DescribeAutomationExecutions"] as const;
const CONTAINMENT_BACKUP_BUCKET = [
  "s3:GetBucketLocation", "s3:GetBucketAcl", "s3:GetBucketPolicyStatus", "s3:GetBucketPublicAccessBlock", "s3:ListBucket", "s3:GetObject", "s3:PutObject",
] as const;
/** Where AWS publishes the execution role its Security Incident Response service uses for the AWSSupport-Contain* runbooks. */
const AWS_CONTAINMENT_ROLE_TEMPLATE = "https://docs.aws.amazon.com/security-ir/latest/userguide/containment-only-template.html";

export const CONTAINMENT_ACTIONS = [
  {
    id: "s3-bucket-block-public-access",
    version: 1,
    title: "Block public access on the bucket",
    description: "Turns on all four S3 Block Public Access settings for the bucket, so no policy or ACL can make it public.",
    runbook: { kind: "ssm-automation", document: "AWS-DisableS3BucketPublicReadWrite" },
    parameters: [{ ...BUCKET, name: "S3BucketName" }, ASSUME_ROLE],
    reversible: true,
    release: null,
    dryRun: null,
    destructive: false,
    productionAccess: true,
    iamPermissions: ["ssm:StartAutomationExecution", "ssm:GetAutomationExecution", "s3:PutBucketPublicAccessBlock"],
    permissionsSource: "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-disables3bucketpublicreadwrite.html",
  },
  {
    id: "s3-account-block-public-access",
    version: 1,
    title: "Block public access for the whole account",
    description: "Turns on S3 Block Public Access at the account level: every bucket in the account, present and future.",
    runbook: { kind: "ssm-automation", document: "AWSConfigRemediation-ConfigureS3PublicAccessBlock" },
    parameters: [
      { name: "AccountId", label: "Account", pattern: /^\d{12}$/, maxLength: 12, rule: "a 12-digit AWS account id", source: "accountId" },
      { name: "BlockPublicAcls", label: "Block public ACLs", ...BOOLEAN, default: "true" },
      { name: "IgnorePublicAcls", label: "Ignore public ACLs", ...BOOLEAN, default: "true" },
      { name: "BlockPublicPolicy", label: "Block public bucket policies", ...BOOLEAN, default: "true" },
      { name: "RestrictPublicBuckets", label: "Restrict public buckets", ...BOOLEAN, default: "true" },
      ASSUME_ROLE,
    ],
    reversible: true,
    release: null,
    dryRun: null,
    destructive: false,
    productionAccess: true,
    iamPermissions: ["ssm:StartAutomationExecution", "ssm:GetAutomationExecution", "s3:GetAccountPublicAccessBlock", "s3:PutAccountPublicAccessBlock"],
    permissionsSource: "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-configure-s3-public-access-block.html",
  },
  {
    id: "s3-bucket-default-encryption",
    version: 1,
    title: "Enable default encryption on the bucket",
    description: "Sets the bucket's default server-side encryption, so new objects are encrypted at rest.",
    runbook: { kind: "ssm-automation", document: "AWS-EnableS3BucketEncryption" },
    parameters: [
      BUCKET,
      { name: "SSEAlgorithm", label: "Algorithm", pattern: /^(AES256|aws:kms)$/, maxLength: 7, rule: "AES256 or aws:kms", default: "AES256" },
      ASSUME_ROLE,
    ],
    reversible: true,
    release: null,
    dryRun: null,
    destructive: false,
    productionAccess: false,
    iamPermissions: ["ssm:StartAutomationExecution", "ssm:GetAutomationExecution", "s3:PutEncryptionConfiguration"],
    permissionsSource: "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-enables3bucketencryption.html",
  },
  {
    id: "iam-access-key-deactivate",
    version: 1,
    title: "Deactivate the access key",
    description: "Sets the IAM user's access key to Inactive: calls signed with it fail from then on. The key is kept, so Release reactivates it.",
    runbook: { kind: "api", service: "iam", operation: "UpdateAccessKey" },
    parameters: [
      { name: "UserName", label: "User", ...USER_NAME, source: "userName" },
      { name: "AccessKeyId", label: "Access key", pattern: /^(AKIA|ASIA)[A-Z0-9]{12,124}$/, maxLength: 128, rule: "an access key id such as AKIAIOSFODNN7EXAMPLE", source: "accessKeyId" },
    ],
    reversible: true,
    release: { document: "iam:UpdateAccessKey", parameters: { Status: "Active" } },
    dryRun: null,
    destructive: false,
    productionAccess: true,
    iamPermissions: ["iam:UpdateAccessKey"],
    permissionsSource: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html",
  },
  {
    id: "iam-user-revoke-unused-credentials",
    version: 1,
    title: "Revoke the user's unused credentials",
    description: "Deactivates the IAM user's access keys and console password that have not been used for the given number of days.",
    runbook: { kind: "ssm-automation", document: "AWSConfigRemediation-RevokeUnusedIAMUserCredentials" },
    parameters: [
      { name: "IAMResourceId", label: "User", ...USER_NAME, source: "userName" },
      { name: "MaxCredentialUsageAge", label: "Unused for (days)", pattern: /^([1-9]\d{0,2})$/, maxLength: 3, rule: "a number of days from 1 to 999", default: "90" },
      ASSUME_ROLE,
    ],
    reversible: true,
    release: null,
    dryRun: null,
    destructive: false,
    productionAccess: true,
    iamPermissions: ["ssm:StartAutomationExecution", "ssm:GetAutomationExecution", "config:ListDiscoveredResources", "iam:DeleteLoginProfile", "iam:GetAccessKeyLastUsed", "iam:GetLoginProfile", "iam:GetUser", "iam:ListAccessKeys", "iam:UpdateAccessKey"],
    permissionsSource: "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-revoke-iam-user.html",
  },
  {
    id: "iam-principal-contain",
    version: 1,
    title: "Contain the IAM principal",
    description:
      "Denies the user or role every action, deactivates its access keys and console access, and revokes its active sessions. Release restores its access; revoked sessions stay revoked.",
    runbook: { kind: "ssm-automation", document: "AWSSupport-ContainIAMPrincipal" },
    parameters: [
      { name: "PrincipalType", label: "Principal type", pattern: /^(IAMUser|IAMRole)$/, maxLength: 7, rule: "IAMUser or IAMRole", default: "IAMUser" },
      { name: "PrincipalName", label: "Principal", ...USER_NAME, source: "userName" },
      ...CONTAIN_STEP_PARAMETERS,
      ASSUME_ROLE,
    ],
    reversible: true,
    release: { document: "AWSSupport-ContainIAMPrincipal", parameters: { Action: "Release" } },
    dryRun: CONTAIN_DRY_RUN,
    destructive: true,
    productionAccess: true,
    // AWS's own execution role for this runbook (the AWS Security Incident Response containment template), without its
    // sso:, identitystore: and organizations: actions, which serve Identity Center users (Breachdesk targets IAM users
    // and roles only), and with the backup bucket's S3 actions. AWS's template also attaches the read-only SecurityAudit
    // managed policy.
    iamPermissions: [
      ...SSM_AUTOMATION,
      "iam:AttachRolePolicy", "iam:AttachUserPolicy", "iam:DeactivateMFADevice", "iam:DeleteLoginProfile", "iam:DeleteRolePolicy", "iam:DeleteUserPolicy",
      "iam:GetLoginProfile", "iam:GetPolicy", "iam:GetRole", "iam:GetRolePolicy", "iam:GetUser", "iam:GetUserPolicy", "iam:ListAccessKeys",
      "iam:ListAttachedRolePolicies", "iam:ListAttachedUserPolicies", "iam:ListMfaDevices", "iam:ListPolicies", "iam:ListRolePolicies",
      "iam:ListUserPolicies", "iam:ListVirtualMFADevices", "iam:PutRolePolicy", "iam:PutUserPolicy", "iam:TagMFADevice", "iam:TagPolicy",
      "iam:TagRole", "iam:TagUser", "iam:UntagMFADevice", "iam:UntagPolicy", "iam:UntagRole", "iam:UntagUser", "iam:UpdateAccessKey",
      ...CONTAINMENT_BACKUP_BUCKET,
    ],
    permissionsSource: AWS_CONTAINMENT_ROLE_TEMPLATE,
  },
  {
    id: "iam-role-revoke-sessions",
    version: 1,
    title: "Revoke the role's active sessions",
    description: "Attaches a policy to the role that denies every action to credentials issued before now (AWSRevokeOlderSessions). Sessions revoked this way cannot be restored.",
    runbook: { kind: "api", service: "iam", operation: "PutRolePolicy" },
    parameters: [{ name: "RoleName", label: "Role", ...ROLE_NAME, source: "roleName" }],
    reversible: false,
    release: null,
    dryRun: null,
    destructive: true,
    productionAccess: true,
    iamPermissions: ["iam:PutRolePolicy"],
    permissionsSource: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html",
  },
  {
    id: "ec2-forensic-snapshot",
    version: 1,
    title: "Take a forensic image of the instance's volumes",
    description: "Creates an image (with a snapshot of every attached EBS volume) without rebooting the instance, before anything else changes it.",
    runbook: { kind: "ssm-automation", document: "AWS-CreateImage" },
    parameters: [INSTANCE_ID, { name: "NoReboot", label: "Without rebooting", ...BOOLEAN, default: "true" }, ASSUME_ROLE],
    reversible: false,
    release: null,
    dryRun: null,
    destructive: false,
    productionAccess: false,
    iamPermissions: ["ssm:StartAutomationExecution", "ssm:GetAutomationExecution", "ec2:CreateImage", "ec2:DescribeImages"],
    permissionsSource: "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-createimage.html",
  },
  {
    id: "ec2-instance-contain",
    version: 1,
    title: "Isolate the instance on the network",
    description: "Replaces the instance's security groups with one that allows no traffic, keeping a record of the original groups. Release restores them.",
    runbook: { kind: "ssm-automation", document: "AWSSupport-ContainEC2Instance" },
    parameters: [
      INSTANCE_ID,
      ...CONTAIN_STEP_PARAMETERS,
      ASSUME_ROLE,
    ],
    reversible: true,
    release: { document: "AWSSupport-ContainEC2Instance", parameters: { Action: "Release" } },
    dryRun: CONTAIN_DRY_RUN,
    destructive: false,
    productionAccess: true,
    // AWS's own execution role for this runbook (the AWS Security Incident Response containment template): its EC2,
    // Auto Scaling and KMS (encrypted AMI backup) actions, with the backup bucket's S3 actions; AWS's template also
    // attaches the read-only SecurityAudit managed policy.
    iamPermissions: [
      ...SSM_AUTOMATION,
      "ec2:AuthorizeSecurityGroupEgress", "ec2:AuthorizeSecurityGroupIngress", "ec2:CopyImage", "ec2:CreateImage", "ec2:CreateSecurityGroup",
      "ec2:CreateSnapshot", "ec2:CreateTags", "ec2:DeleteSecurityGroup", "ec2:DeleteTags", "ec2:DescribeImages", "ec2:DescribeInstances",
      "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroups", "ec2:DescribeSnapshots", "ec2:DescribeTags",
      "ec2:ModifyNetworkInterfaceAttribute", "ec2:RevokeSecurityGroupEgress",
      "autoscaling:CreateOrUpdateTags", "autoscaling:DeleteTags", "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances",
      "autoscaling:DescribeTags", "autoscaling:EnterStandby", "autoscaling:ExitStandby", "autoscaling:UpdateAutoScalingGroup",
      "kms:CreateGrant", "kms:DescribeKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo",
      ...CONTAINMENT_BACKUP_BUCKET,
    ],
    permissionsSource: AWS_CONTAINMENT_ROLE_TEMPLATE,
  },
  {
    id: "cloudtrail-start-logging",
    version: 1,
    title: "Restart CloudTrail logging",
    description: "Starts logging again on a trail that was stopped.",
    runbook: { kind: "api", service: "cloudtrail", operation: "StartLogging" },
    parameters: [{ name: "Name", label: "Trail", ...TRAIL_NAME, source: "trailName" }],
    reversible: true,
    release: null,
    dryRun: null,
    destructive: false,
    productionAccess: false,
    iamPermissions: ["cloudtrail:StartLogging"],
    permissionsSource: "https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartLogging.html",
  },
  {
    id: "cloudtrail-log-file-validation",
    version: 1,
    title: "Turn on log file validation for the trail",
    description: "Makes CloudTrail write signed digest files, so a changed or deleted log file can be detected.",
    runbook: { kind: "ssm-automation", document: "AWS-EnableCloudTrailLogFileValidation" },
    parameters: [{ name: "TrailNames", label: "Trail", ...TRAIL_NAME, source: "trailName" }, ASSUME_ROLE],
    reversible: true,
    release: null,
    dryRun: null,
    destructive: false,
    productionAccess: false,
    iamPermissions: ["ssm:StartAutomationExecution", "ssm:GetAutomationExecution", "cloudtrail:GetTrail", "cloudtrail:UpdateTrail"],
    permissionsSource: "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-enablecloudtraillogfilevalidation.html",
  },
  {
    id: "cloudtrail-enable-trail",
    version: 1,
    title: "Create a multi-region trail",
    description: "Creates and starts a CloudTrail trail in every region, delivering to the given bucket.",
    runbook: { kind: "ssm-automation", document: "AWS-EnableCloudTrail" },
    parameters: [
      { name: "TrailName", label: "Trail", ...TRAIL_NAME, default: "breachdesk-containment-trail" },
      { name: "S3BucketName", label: "Log bucket", pattern: BUCKET.pattern, maxLength: BUCKET.maxLength, rule: BUCKET.rule },
      ASSUME_ROLE,
    ],
    reversible: true,
    release: null,
    dryRun: null,
    destructive: false,
    productionAccess: false,
    iamPermissions: ["ssm:StartAutomationExecution", "ssm:GetAutomationExecution", "cloudtrail:CreateTrail", "cloudtrail:StartLogging"],
    permissionsSource: "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-aws-enablecloudtrail.html",
  },
] as const satisfies readonly TContainmentAction[];

export type TContainmentActionId = (typeof CONTAINMENT_ACTIONS)[number]["id"];

export function findAction(id: string): TContainmentAction | undefined {
  return (CONTAINMENT_ACTIONS as readonly TContainmentAction[]).find((action) => action.id === id);
}

/** The name of what runs, for people and for the hash: the SSM document, or "service:Operation". */
export function runbookName(runbook: TRunbook): string {
  return runbook.kind === "ssm-automation" ? runbook.document : `${runbook.service}:${runbook.operation}`;
}

/** The action as JSON (patterns as their source text), for the API and the page. */
export function actionView(action: TContainmentAction) {
  return { ...action, parameters: action.parameters.map((p) => ({ ...p, pattern: p.pattern.source })) };
}
