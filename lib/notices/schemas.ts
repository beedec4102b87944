import { z } from "zod";
import { APPROVER_ROLES } from "@/lib/auth/policy";
import { duplicateReason, duplicateRecipients } from "@/lib/notices/duplicate-recipients";
import { NOTICE_KINDS } from "@/lib/notices/kinds";
import { TEMPLATE_IDS } from "@/lib/notices/templates";

export const SUBJECT_MAX = 200;
export const SECTION_MAX = 20_000;
export const MAX_DIRECT_RECIPIENTS = 50;
export const MAX_RECIPIENTS = 100_000;
export const CSV_MAX_BYTES = 8 * 1024 * 1024;
export const RECEIPT_MAX_BYTES = 5 * 1024 * 1024;

// What is approved is what is sent, byte for byte: text that delivery would have to alter (a line break in a header,
// a control character, a NUL or a lone surrogate PostgreSQL cannot store) is refused when the draft is saved.
const LINE_BREAK_OR_CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_EXCEPT_TAB_AND_LINE_BREAK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const isWellFormed = (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/** Text PostgreSQL can store (no NUL, no lone surrogate): anything else is a 400 naming the field, never a 500. */
function storable(schema: z.ZodString) {
  return schema.refine((text) => !text.includes("\u0000"), { error: "must not contain NUL characters" }).refine(isWellFormed, { error: "must be well-formed Unicode text" });
}

/** A header-like value: one line of well-formed text. */
function oneLine(schema: z.ZodString) {
  return schema
    .refine((text) => !LINE_BREAK_OR_CONTROL.test(text), { error: "must be one line, without line breaks or control characters" })
    .refine(isWellFormed, { error: "must be well-formed Unicode text" });
}

export const ZNoticeKind = z.enum(NOTICE_KINDS, { error: `must be one of ${NOTICE_KINDS.join(", ")}` });

export const ZIncidentNoticesParams = z.object({ id: z.uuid({ error: "must be an incident id" }) });
export const ZNoticeParams = z.object({
  id: z.uuid({ error: "must be an incident id" }),
  noticeId: z.uuid({ error: "must be a notice id" }),
});

export const ZCreateNoticeInput = z.object({
  templateId: z.enum(TEMPLATE_IDS, { error: "must be one of the notice templates" }),
  obligationId: z.uuid({ error: "must be an obligation id" }).nullable().default(null),
  /** Defaults to the template's kind. */
  kind: ZNoticeKind.optional(),
  title: oneLine(z.string({ error: "must be text" }).trim().max(200, { error: "must be at most 200 characters" })).default(""),
});
export type TCreateNoticeInput = z.input<typeof ZCreateNoticeInput>;

const ZSection = z.object({
  key: z.string().trim().min(1).max(60),
  heading: oneLine(z.string().trim().min(1, { error: "is required" }).max(300)),
  body: z
    .string({ error: "must be text" })
    .max(SECTION_MAX, { error: `must be at most ${SECTION_MAX} characters` })
    .refine((text) => !CONTROL_EXCEPT_TAB_AND_LINE_BREAK.test(text), { error: "must not contain control characters other than tabs and line breaks" })
    .refine(isWellFormed, { error: "must be well-formed Unicode text" })
    // Mail carries line breaks as CRLF whatever they were; storing them as LF makes the approved text the sent text.
    .transform((text) => text.replace(/\r\n?/g, "\n")),
});

export const ZNoticeContent = z.object({
  subject: oneLine(z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(SUBJECT_MAX, { error: `must be at most ${SUBJECT_MAX} characters` })),
  sections: z.array(ZSection).min(1).max(30),
});

export const ZRecipient = z.object({
  address: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an e-mail address" })),
  name: oneLine(z.string().trim().max(200)).optional(),
  fields: z.record(z.string().regex(/^[\w-]{1,40}$/), oneLine(z.string().trim().max(200))).optional(),
});

export const ZSaveVersionInput = z
  .object({
    content: ZNoticeContent,
    recipients: z.array(ZRecipient).max(MAX_RECIPIENTS),
    /** The version number the editor started from; a newer one saved meanwhile answers 409. */
    basedOnVersion: z.number({ error: "must be the version you edited" }).int().min(1),
  })
  .superRefine((value, ctx) => {
    for (const duplicate of duplicateRecipients(value.recipients)) {
      ctx.addIssue({ code: "custom", path: ["recipients", duplicate.index, "address"], message: duplicateReason(duplicate, (index) => `recipients.${index}`) });
    }
  });
export type TSaveVersionInput = z.input<typeof ZSaveVersionInput>;

export const ZRecipientsCsvInput = z.object({
  csv: z.string({ error: "must be the CSV file's text" }).min(1, { error: "is empty" }),
  basedOnVersion: z.number({ error: "must be the version you edited" }).int().min(1),
});

export const ZDecisionInput = z
  .object({
    versionId: z.uuid({ error: "must be a version id" }),
    /** The content hash the approver saw: the approval is bound to it. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: "must be the version's SHA-256" }),
    decision: z.enum(["approve", "reject"], { error: "must be approve or reject" }),
    comment: storable(z.string({ error: "must be text" }).trim().max(5_000)).default(""),
    role: z.enum(APPROVER_ROLES, { error: `must be one of ${APPROVER_ROLES.join(", ")}` }).optional(),
    /** Re-authentication: required unless the approver signed in within the last few minutes. */
    password: z.string().max(1_000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "reject" && !value.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "is required to reject a notice" });
  });
export type TDecisionInput = z.input<typeof ZDecisionInput>;

export const SEND_CHANNELS = ["email", "bulk_email"] as const;
/** The sender's confirmation that this notice follows another that already met (or is meeting) its obligation. */
const ZFollowUp = z.boolean({ error: "must be true or false" }).default(false);

export const ZSendInput = z.object({
  channel: z.enum(SEND_CHANNELS, { error: "must be email or bulk_email" }),
  /** Optional: the version the sender saw. The server sends only the latest, fully approved version either way. */
  versionId: z.uuid({ error: "must be a version id" }).optional(),
  followUp: ZFollowUp,
});
export type TSendInput = z.input<typeof ZSendInput>;

export const ZRecordSubmissionInput = z.object({
  versionId: z.uuid({ error: "must be a version id" }).optional(),
  portal: oneLine(z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(300)),
  reference: oneLine(z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(300)),
  submittedAt: z.iso.datetime({ offset: true, error: "must be a date and time with its zone" }),
  receipt: z
    .object({
      name: oneLine(z.string().trim().min(1).max(255)),
      type: oneLine(z.string().trim().max(100)).default("application/octet-stream"),
      base64: z.base64({ error: "must be the file's bytes in base64" }).max(Math.ceil((RECEIPT_MAX_BYTES * 4) / 3) + 4, { error: "must be at most 5 MB" }),
    })
    .nullable()
    .default(null),
  followUp: ZFollowUp,
});
export type TRecordSubmissionInput = z.input<typeof ZRecordSubmissionInput>;

const ZRoleList = z.array(z.enum(APPROVER_ROLES, { error: `must be ${APPROVER_ROLES.join(", ")}` })).min(1, { error: "needs at least one approving role" });
export const ZApprovalPolicyInput = z.object(Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, ZRoleList])) as Record<(typeof NOTICE_KINDS)[number], typeof ZRoleList>);
