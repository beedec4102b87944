import type { TTaskRole } from "@/lib/tasks/schemas";

/**
 * Response playbooks as typed, versioned data: a checklist of tasks per kind of finding. Bump `version` when a
 * playbook's checklist changes; tasks remember the version they came from. Items are identified by `key`, so
 * applying a playbook twice adds nothing the second time (and a new version adds only its new items).
 */
export type TPlaybookMatcher = {
  /** A regular expression (case-insensitive) tested against each of the finding's Types (ASFF or GuardDuty). */
  type: string;
  /** If given, the finding must also name a resource of this type (e.g. AwsS3Bucket). */
  resourceType?: string;
};

export type TPlaybookItem = { key: string; title: string; role: TTaskRole; dueInHours: number };

export type TPlaybook = {
  id: string;
  version: number;
  title: string;
  description: string;
  /** The playbook is suggested when any matcher matches any linked finding. */
  matchers: TPlaybookMatcher[];
  tasks: TPlaybookItem[];
};

export const PLAYBOOKS = [
  {
    id: "s3-public-bucket",
    version: 1,
    title: "Public S3 bucket",
    description: "A bucket's contents were, or may have been, readable by anyone.",
    matchers: [
      { type: "^Policy:S3/Bucket(BlockPublicAccessDisabled|AnonymousAccessGranted|PublicAccessGranted|PublicReadProhibited)" },
      { type: "^Policy:S3/AccountBlockPublicAccessDisabled" },
      { type: "^Effects/Data Exposure", resourceType: "AwsS3Bucket" },
      { type: "^Software and Configuration Checks/AWS Security Best Practices", resourceType: "AwsS3Bucket" },
      { type: "^Software and Configuration Checks/Industry and Regulatory Standards", resourceType: "AwsS3Bucket" },
    ],
    tasks: [
      { key: "block-public-access", title: "Turn on S3 Block Public Access for the bucket (and the account)", role: "engineering", dueInHours: 1 },
      { key: "review-access-logs", title: "Review S3 server access logs and CloudTrail data events for reads of the bucket during the exposure", role: "forensics", dueInHours: 24 },
      { key: "list-exposed-objects", title: "List the objects that were exposed and when each became public", role: "engineering", dueInHours: 24 },
      { key: "assess-data-categories", title: "Assess which data categories and whose data the exposed objects hold", role: "privacy", dueInHours: 48 },
      { key: "preserve-evidence", title: "Preserve bucket policy, ACLs and log extracts in the evidence register", role: "forensics", dueInHours: 24 },
    ],
  },
  {
    id: "iam-access-key-leaked",
    version: 1,
    title: "Leaked IAM access keys",
    description: "An access key was exposed or used from somewhere it should not have been.",
    matchers: [
      { type: "^UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration" },
      { type: "^UnauthorizedAccess:IAMUser/(ConsoleLoginSuccess\\.B|MaliciousIPCaller|TorIPCaller)" },
      { type: "^(CredentialAccess|InitialAccess|Discovery|Persistence|PrivilegeEscalation|Recon|Stealth|Impact|Exfiltration):IAMUser/" },
      { type: "^Policy:IAMUser/RootCredentialUsage" },
      { type: "^Software and Configuration Checks/AWS Security Best Practices", resourceType: "AwsIamAccessKey" },
    ],
    tasks: [
      { key: "deactivate-key", title: "Deactivate the exposed access key", role: "engineering", dueInHours: 1 },
      { key: "review-cloudtrail", title: "Review CloudTrail for every call made with the key since it was exposed", role: "forensics", dueInHours: 24 },
      { key: "rotate", title: "Rotate the credentials and update what legitimately used them", role: "engineering", dueInHours: 24 },
      { key: "check-persistence", title: "Check for persistence: new IAM users, keys, roles, policies, login profiles", role: "forensics", dueInHours: 24 },
      { key: "find-source", title: "Find where the key leaked from (repository, log, laptop) and close it", role: "engineering", dueInHours: 72 },
    ],
  },
  {
    id: "ec2-compromise",
    version: 1,
    title: "EC2 instance compromise / crypto-mining",
    description: "An instance shows signs of compromise: mining, command-and-control, backdoor or brute force.",
    matchers: [
      { type: "^(CryptoCurrency|Backdoor|Trojan|Impact|Execution|Runtime|UnauthorizedAccess|Recon|Behavior|Persistence|PrivilegeEscalation|DefenseEvasion):(EC2|Runtime)/" },
      { type: "^TTPs/.*", resourceType: "AwsEc2Instance" },
    ],
    tasks: [
      { key: "isolate", title: "Isolate the instance (quarantine security group, detach from load balancers and auto scaling)", role: "engineering", dueInHours: 1 },
      { key: "snapshot", title: "Snapshot the instance's EBS volumes (and capture memory if possible) for forensics", role: "forensics", dueInHours: 2 },
      { key: "instance-credentials", title: "Revoke the instance role's sessions and check CloudTrail for use of its credentials elsewhere", role: "forensics", dueInHours: 24 },
      { key: "root-cause", title: "Find the entry point (exposed port, vulnerable software, stolen key)", role: "forensics", dueInHours: 72 },
      { key: "rebuild", title: "Rebuild from a known-good image and terminate the compromised instance", role: "engineering", dueInHours: 72 },
    ],
  },
  {
    id: "rds-snapshot-public",
    version: 1,
    title: "RDS snapshot made public",
    description: "A database snapshot was shared publicly or with an unknown account.",
    matchers: [
      { type: "RDS.*Snapshot.*(Public|Shared)" },
      { type: "^Exfiltration:RDS/|^Discovery:RDS/|^CredentialAccess:RDS/" },
      { type: "^Software and Configuration Checks/AWS Security Best Practices", resourceType: "AwsRdsDbSnapshot" },
      { type: "^Software and Configuration Checks/AWS Security Best Practices", resourceType: "AwsRdsDbClusterSnapshot" },
    ],
    tasks: [
      { key: "make-private", title: "Make the snapshot private and remove unknown accounts from its sharing list", role: "engineering", dueInHours: 1 },
      { key: "review-copies", title: "Review CloudTrail for CopyDBSnapshot / RestoreDBInstanceFromDBSnapshot by other accounts", role: "forensics", dueInHours: 24 },
      { key: "assess-data", title: "Assess the data categories and number of people in the snapshot", role: "privacy", dueInHours: 48 },
      { key: "encryption", title: "Record whether the snapshot was encrypted and whether the key could be used by others", role: "legal", dueInHours: 48 },
    ],
  },
  {
    id: "guardduty-exfiltration",
    version: 1,
    title: "Data exfiltration (GuardDuty)",
    description: "GuardDuty reports data leaving the account or unusual data access.",
    matchers: [
      { type: "^Exfiltration:" },
      { type: "^(UnauthorizedAccess|Discovery|Impact):S3/" },
      { type: "^Trojan:EC2/(DNSDataExfiltration|DropPoint)" },
      { type: "^Effects/Data Exfiltration" },
    ],
    tasks: [
      { key: "scope", title: "Scope what left: sources, destinations, volume and time window", role: "forensics", dueInHours: 24 },
      { key: "block-destination", title: "Block the destination and the principal used", role: "engineering", dueInHours: 2 },
      { key: "data-categories", title: "Identify the data categories and people affected", role: "privacy", dueInHours: 48 },
      { key: "legal-assessment", title: "Assess notification obligations with legal (awareness time, jurisdictions)", role: "legal", dueInHours: 24 },
      { key: "comms-holding", title: "Prepare a holding statement", role: "comms", dueInHours: 48 },
    ],
  },
] as const satisfies readonly TPlaybook[];

export type TPlaybookId = (typeof PLAYBOOKS)[number]["id"];

export function findPlaybook(id: string): TPlaybook | undefined {
  return (PLAYBOOKS as readonly TPlaybook[]).find((p) => p.id === id);
}
