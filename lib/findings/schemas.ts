import { z } from "zod";
import { isStorableInstant, unindexableKeyReason, unstorableTextReason } from "@/lib/db/storable";

/**
 * The minimum an incoming finding must carry to be stored. Everything else is optional and kept verbatim in
 * the raw payload. Unknown keys are accepted, because providers add fields all the time; the schemas strip them
 * from their output (`z.object`), which only feeds normalization: copying every unknown key of every finding
 * into a new object (`looseObject`) was a third of the validation cost on the ingest path (bench:ingest).
 *
 * Every string is bounded. A string normalized into a column of its own (`storedText`) must also be one
 * PostgreSQL can store (lib/findings/storable.ts), so such a finding is rejected with that field named; strings
 * kept only in the raw JSON may hold anything JSON can, since the raw is stored as the text it arrived as.
 */
const ZIsoInstant = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date-time" })
  .refine((value) => isStorableInstant(new Date(value)), { error: "must be between the years 1 and 9999" });

const boundedText = (max: number, min = 0) => z.string().min(min).max(max);

/** Refuses, naming why, a string PostgreSQL cannot store in a text column. */
const storable = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const reason = unstorableTextReason(value);
    if (reason) ctx.addIssue({ code: "custom", message: reason });
  });

const storedText = (max: number, min = 0) => storable(boundedText(max, min));

export const ZAsffFinding = z
  .object({
    SchemaVersion: boundedText(64).optional(),
    Id: storedText(512, 1),
    ProductArn: storedText(2048, 1),
    AwsAccountId: storedText(64, 1),
    Types: z.array(storedText(256)).max(50).optional(),
    CreatedAt: ZIsoInstant,
    UpdatedAt: ZIsoInstant,
    FirstObservedAt: ZIsoInstant.optional(),
    LastObservedAt: ZIsoInstant.optional(),
    Severity: z.object({
      Label: z.enum(["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"]).optional(),
      Normalized: z.number().min(0).max(100).optional(),
    }),
    Title: storedText(256),
    Description: storedText(1024),
    ProductName: storedText(256).optional(),
    CompanyName: boundedText(256).optional(),
    Region: storedText(64).optional(),
    Resources: z
      .array(
        z.object({
          Type: storedText(256),
          Id: storedText(2048),
          Region: storedText(64).optional(),
          Partition: boundedText(32).optional(),
          // Only the IAM user's name is read (as the resource's name); the rest stays in the raw JSON.
          Details: z.object({ AwsIamUser: z.object({ UserName: storedText(256).nullish() }).nullish() }).nullish(),
        }),
      )
      .min(1)
      .max(32),
    Compliance: z.object({ Status: storedText(64).optional() }).optional(),
    RecordState: z.enum(["ACTIVE", "ARCHIVED"]).optional(),
    Workflow: z.object({ Status: storedText(64).optional() }).optional(),
    WorkflowState: storedText(64).optional(),
  })
  .superRefine((finding, ctx) => {
    const reason = unindexableKeyReason(finding.ProductArn, finding.Id);
    if (reason) ctx.addIssue({ code: "custom", path: ["Id"], message: reason });
  });
export type TAsffFinding = z.infer<typeof ZAsffFinding>;

/** Native GuardDuty (its API's and EventBridge's camelCase shape), bounded field by field as ASFF is. */
export const ZGuardDutyFinding = z.object({
  schemaVersion: boundedText(64),
  accountId: storedText(64, 1),
  region: storedText(64, 1),
  partition: storedText(32).optional(),
  id: boundedText(512, 1),
  // The finding's key (as ASFF's Id): bounded like it, which keeps (product ARN, ARN) within the index.
  arn: storedText(512, 1),
  type: storedText(256, 1),
  resource: z.object({
    resourceType: storedText(256).nullish(),
    accessKeyDetails: z
      .object({ accessKeyId: storedText(128).nullish(), userName: storedText(256).nullish(), userType: storedText(64).nullish() })
      .nullish(),
    s3BucketDetails: z
      .array(z.object({ arn: storedText(2048).nullish(), name: storedText(256).nullish() }))
      .max(32)
      .nullish(),
    instanceDetails: z.object({ instanceId: storedText(64).nullish() }).nullish(),
  }),
  service: z
    .object({
      archived: z.boolean().nullish(),
      eventFirstSeen: ZIsoInstant.nullish(),
      eventLastSeen: ZIsoInstant.nullish(),
    })
    .nullish(),
  severity: z.number().min(0).max(10),
  createdAt: ZIsoInstant,
  updatedAt: ZIsoInstant,
  title: storedText(256),
  description: storedText(1024),
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
  reason: storable(z.string().trim().min(3, { error: "Say why (at least 3 characters)" }).max(1000)),
});
export type TDismissInput = z.infer<typeof ZDismissInput>;

export const ZLinkInput = z.object({
  incidentId: z.uuid(),
  findingIds: z.array(z.uuid()).min(1).max(500),
});
export type TLinkInput = z.infer<typeof ZLinkInput>;

export const ZOpenIncidentInput = z.object({
  findingIds: z.array(z.uuid()).min(1).max(500),
  title: storable(z.string().trim().min(1).max(200)),
  severity: z.enum(["low", "medium", "high", "critical"]),
  commanderId: z.uuid(),
});
export type TOpenIncidentInput = z.infer<typeof ZOpenIncidentInput>;

const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(storable(z.string().max(64))).max(20))
  .optional();

export const ZFindingListQuery = z.object({
  severity: csv,
  product: storable(z.string().trim().max(200)).optional(),
  type: storable(z.string().trim().max(256)).optional(),
  account: storable(z.string().trim().max(64)).optional(),
  region: storable(z.string().trim().max(64)).optional(),
  resource: storable(z.string().trim().max(2048)).optional(),
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
