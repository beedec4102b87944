import { z } from "zod";

/**
 * The minimum an incoming finding must carry to be stored. Everything else is optional and kept verbatim in
 * the raw payload. Unknown keys are accepted, because providers add fields all the time; the ASFF schema strips
 * them from its output (`z.object`), which only feeds normalization: copying every unknown key of every finding
 * into a new object (`looseObject`) was a third of the validation cost on the ingest path (bench:ingest).
 */
const ZIsoInstant = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" });

export const ZAsffFinding = z.object({
  SchemaVersion: z.string().optional(),
  Id: z.string().min(1).max(512),
  ProductArn: z.string().min(1).max(2048),
  AwsAccountId: z.string().min(1).max(64),
  Types: z.array(z.string().max(256)).max(50).optional(),
  CreatedAt: ZIsoInstant,
  UpdatedAt: ZIsoInstant,
  FirstObservedAt: ZIsoInstant.optional(),
  LastObservedAt: ZIsoInstant.optional(),
  Severity: z.object({
    Label: z.enum(["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"]).optional(),
    Normalized: z.number().min(0).max(100).optional(),
  }),
  Title: z.string().max(256),
  Description: z.string().max(1024),
  ProductName: z.string().optional(),
  CompanyName: z.string().optional(),
  Region: z.string().optional(),
  Resources: z
    .array(z.object({ Type: z.string(), Id: z.string(), Region: z.string().optional(), Partition: z.string().optional(), Details: z.unknown().optional() }))
    .min(1)
    .max(32),
  Compliance: z.object({ Status: z.string().optional() }).optional(),
  RecordState: z.enum(["ACTIVE", "ARCHIVED"]).optional(),
  Workflow: z.object({ Status: z.string().optional() }).optional(),
  WorkflowState: z.string().optional(),
});
export type TAsffFinding = z.infer<typeof ZAsffFinding>;

export const ZGuardDutyFinding = z.looseObject({
  schemaVersion: z.string(),
  accountId: z.string().min(1).max(64),
  region: z.string().min(1),
  partition: z.string().optional(),
  id: z.string().min(1),
  arn: z.string().min(1).max(2048),
  type: z.string().min(1),
  resource: z.looseObject({ resourceType: z.string().optional() }),
  service: z
    .looseObject({
      archived: z.boolean().optional(),
      eventFirstSeen: ZIsoInstant.optional(),
      eventLastSeen: ZIsoInstant.optional(),
    })
    .optional(),
  severity: z.number().min(0).max(10),
  createdAt: ZIsoInstant,
  updatedAt: ZIsoInstant,
  title: z.string(),
  description: z.string(),
});
export type TGuardDutyFinding = z.infer<typeof ZGuardDutyFinding>;

export const SEVERITY_LABELS = ["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type TSeverityLabel = (typeof SEVERITY_LABELS)[number];

export type TFindingResource = { type: string; id: string; name?: string; region?: string };

/** What the console stores and shows of a finding's current version. */
export type TNormalizedFinding = {
  format: "asff" | "guardduty";
  productArn: string;
  awsId: string;
  title: string;
  description: string;
  severityLabel: TSeverityLabel;
  severityRank: number;
  types: string[];
  productName: string;
  awsAccountId: string;
  region: string;
  resources: TFindingResource[];
  firstObservedAt: string | null;
  lastObservedAt: string | null;
  createdAt: string;
  updatedAt: string;
  complianceStatus: string | null;
  recordState: "ACTIVE" | "ARCHIVED";
  workflowStatus: string;
};

export const ZDismissInput = z.object({
  findingIds: z.array(z.uuid()).min(1).max(500),
  reason: z.string().trim().min(3, { error: "Say why (at least 3 characters)" }).max(1000),
});
export type TDismissInput = z.infer<typeof ZDismissInput>;

export const ZLinkInput = z.object({
  incidentId: z.uuid(),
  findingIds: z.array(z.uuid()).min(1).max(500),
});
export type TLinkInput = z.infer<typeof ZLinkInput>;

export const ZOpenIncidentInput = z.object({
  findingIds: z.array(z.uuid()).min(1).max(500),
  title: z.string().trim().min(1).max(200),
  severity: z.enum(["low", "medium", "high", "critical"]),
  commanderId: z.uuid(),
});
export type TOpenIncidentInput = z.infer<typeof ZOpenIncidentInput>;

const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .optional();

export const ZFindingListQuery = z.object({
  severity: csv,
  product: z.string().trim().max(200).optional(),
  type: z.string().trim().max(256).optional(),
  account: z.string().trim().max(64).optional(),
  region: z.string().trim().max(64).optional(),
  resource: z.string().trim().max(2048).optional(),
  /** An instant, or a day (the date picker's YYYY-MM-DD), taken from the start of that day in UTC. */
  since: z
    .union([z.iso.datetime({ offset: true }), z.iso.date().transform((day) => `${day}T00:00:00Z`)], { error: "must be a date or a date and time" })
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type TFindingListQuery = z.infer<typeof ZFindingListQuery>;

export const ZCreateSourceInput = z.object({
  kind: z.enum(["securityhub", "guardduty"]),
  region: z.string().trim().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: "must be an AWS region such as us-east-1" }),
  roleArn: z
    .string()
    .trim()
    .regex(/^(arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+)?$/, { error: "must be empty or an IAM role ARN" })
    .default(""),
});
export type TCreateSourceInput = z.input<typeof ZCreateSourceInput>;
