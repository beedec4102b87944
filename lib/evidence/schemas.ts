import { z } from "zod";
import { refusedNameReason } from "@/lib/evidence/file-policy";
import { zInt4 } from "@/lib/validation/int4";

export const EVIDENCE_NAME_MAX = 255;
export const EVIDENCE_TEXT_MAX = 2_000;

const ZReason = z
  .string({ error: "is required" })
  .trim()
  .min(1, { error: "is required: say why (it goes into the chain of custody)" })
  .max(EVIDENCE_TEXT_MAX, { error: `must be at most ${EVIDENCE_TEXT_MAX} characters` });
const ZName = z
  .string({ error: "is required" })
  .trim()
  .min(1, { error: "is required" })
  .max(EVIDENCE_NAME_MAX, { error: `must be at most ${EVIDENCE_NAME_MAX} characters` })
  .refine((name) => refusedNameReason(name, EVIDENCE_NAME_MAX) === null, { error: "must not contain control characters" });
const ZDescription = z
  .string({ error: "must be text" })
  .trim()
  .max(EVIDENCE_TEXT_MAX, { error: `must be at most ${EVIDENCE_TEXT_MAX} characters` })
  .default("");

/** Schemes an external item may live under. Anything else (javascript:, data:…) is refused. */
export const EVIDENCE_URI_SCHEMES = ["https", "http", "s3", "sftp", "smb"] as const;

export const ZRegisterUriInput = z.object({
  name: ZName,
  uri: z
    .string({ error: "is required" })
    .trim()
    .max(2_000, { error: "must be at most 2000 characters" })
    .refine(
      (value) => {
        try {
          return (EVIDENCE_URI_SCHEMES as readonly string[]).includes(new URL(value).protocol.replace(/:$/, ""));
        } catch {
          return false;
        }
      },
      { error: `must be a URI with one of the schemes ${EVIDENCE_URI_SCHEMES.join(", ")}` },
    ),
  /** A hash the registrant declares (hex SHA-256); the server cannot check it, and says so. */
  sha256: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, { error: "must be 64 hexadecimal characters (SHA-256)" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  description: ZDescription,
  reason: ZReason,
});
export type TRegisterUriInput = z.input<typeof ZRegisterUriInput>;

/** The form fields that come with an uploaded file (multipart/form-data, the file in the part named "file"). */
export const ZUploadFields = z.object({
  name: ZName.optional().or(z.literal("").transform(() => undefined)),
  description: ZDescription,
  reason: ZReason,
});

export const CUSTODY_ACTIONS = ["transfer", "hand_over"] as const;

/**
 * A hand-over gives the item to another console user; a transfer sends it (or a copy) to an outside party such
 * as outside counsel, a forensics firm or law enforcement.
 */
export const ZCustodyInput = z.discriminatedUnion(
  "action",
  [
    z.object({
      action: z.literal("hand_over"),
      toUserId: z.uuid({ error: "must be the id of a user" }),
      reason: ZReason,
      expectedVersion: zInt4({ min: 1, error: "must be the version you saw" }),
    }),
    z.object({
      action: z.literal("transfer"),
      to: z.string({ error: "is required" }).trim().min(1, { error: "is required: who receives it" }).max(EVIDENCE_NAME_MAX),
      reason: ZReason,
      expectedVersion: zInt4({ min: 1, error: "must be the version you saw" }),
    }),
  ],
  { error: `must be one of ${CUSTODY_ACTIONS.join(", ")}` },
);
export type TCustodyInput = z.input<typeof ZCustodyInput>;

export const ZLegalHoldInput = z.object({
  hold: z.boolean({ error: "must be true or false" }),
  reason: ZReason,
  expectedVersion: zInt4({ min: 1, error: "must be the version you saw" }),
});
export type TLegalHoldInput = z.input<typeof ZLegalHoldInput>;

export const ZDeleteEvidenceInput = z.object({
  reason: ZReason,
  expectedVersion: zInt4({ min: 1, error: "must be the version you saw" }),
});
export type TDeleteEvidenceInput = z.input<typeof ZDeleteEvidenceInput>;

export const ZDownloadInput = z.object({ reason: ZReason });

export const ZEvidenceParams = z.object({
  id: z.uuid({ error: "must be an incident id" }),
  evidenceId: z.uuid({ error: "must be an evidence id" }),
});

export const CUSTODY_ACTION_LABELS: Record<string, string> = {
  registered: "Registered",
  downloaded: "Downloaded",
  transferred: "Transferred",
  handed_over: "Handed over",
  hold_placed: "Legal hold placed",
  hold_released: "Legal hold released",
  deleted: "Deleted",
  integrity_failed: "Integrity check failed (not served)",
};

/** S3 Object Lock retention of evidence objects, per the organisation: none, or a mode and a number of days. */
export const EVIDENCE_RETENTION_DAYS_MAX = 36_500;
export const ZEvidenceRetentionInput = z
  .object({
    mode: z.enum(["GOVERNANCE", "COMPLIANCE"], { error: "must be GOVERNANCE or COMPLIANCE" }).nullable(),
    days: z
      .number({ error: "must be a whole number of days" })
      .int({ error: "must be a whole number of days" })
      .min(1, { error: "must be at least 1 day" })
      .max(EVIDENCE_RETENTION_DAYS_MAX, { error: `must be at most ${EVIDENCE_RETENTION_DAYS_MAX} days` })
      .nullable(),
    reason: z.string().trim().min(1, { error: "is required" }).max(2000),
  })
  .strict()
  .refine((value) => (value.mode === null) === (value.days === null), { error: "give both a mode and a number of days, or neither", path: ["days"] });
export type TEvidenceRetentionInput = z.input<typeof ZEvidenceRetentionInput>;
