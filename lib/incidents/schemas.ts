import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { TIMELINE_KINDS } from "@/lib/timeline/event-kinds";
import { zInt4, zInt4Param } from "@/lib/validation/int4";

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type TSeverity = (typeof SEVERITIES)[number];

export const INCIDENT_STATUSES = ["triage", "investigating", "contained", "eradicated", "recovered", "closed"] as const;
export type TIncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 10_000;

export const ZSeverity = z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(", ")}` });
export const ZIncidentStatus = z.enum(INCIDENT_STATUSES, { error: `must be one of ${INCIDENT_STATUSES.join(", ")}` });

export const ZDeclareIncidentInput = z.object({
  title: z
    .string({ error: "is required" })
    .trim()
    .min(1, { error: "is required" })
    .max(TITLE_MAX, { error: `must be at most ${TITLE_MAX} characters` }),
  severity: ZSeverity,
  summary: z
    .string({ error: "must be text" })
    .trim()
    .max(SUMMARY_MAX, { error: `must be at most ${SUMMARY_MAX} characters` })
    .default(""),
  commanderId: z.uuid({ error: "must be the id of a user" }),
  /** A tabletop exercise: its notices go to the sandbox mailbox, never to real recipients. */
  exercise: z.boolean({ error: "must be true or false" }).default(false),
});
export type TDeclareIncidentInput = z.input<typeof ZDeclareIncidentInput>;

/** Accepts `?status=triage&status=contained` or `?status=triage,contained`. */
function listOf<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(",")).filter(Boolean))
    .pipe(z.array(item))
    .optional();
}

export const SEARCH_MAX = 200;

export const ZIncidentListQuery = z.object({
  status: listOf(ZIncidentStatus),
  severity: listOf(ZSeverity),
  cursor: z.uuid({ error: "must be an incident id from a previous page" }).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1).max(100).default(50),
  /** Search: words in the title, summary, notes and decisions, or a reference such as INC-0042. */
  q: z
    .string({ error: "must be text" })
    .trim()
    .max(SEARCH_MAX, { error: `must be at most ${SEARCH_MAX} characters` })
    .transform((value) => (value === "" ? undefined : value))
    .optional(),
});
export type TIncidentListQuery = z.output<typeof ZIncidentListQuery>;

export const ZIncidentParams = z.object({ id: z.uuid({ error: "must be an incident id" }) });

export const TIMELINE_SORTS = ["recorded", "occurred"] as const;

export const ZTimelineQuery = z.object({
  /** The sequence number of the last event of the previous page. */
  cursor: zInt4Param({ min: 1, error: "must be a sequence number" }).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1).max(200).default(100),
  kind: listOf(z.enum(TIMELINE_KINDS, { error: "must be a timeline event kind" })),
  /** Events recorded by someone who holds this role. */
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }).optional(),
  /** Newest first by when it was recorded (the sequence), or by when it happened (back-dated entries move). */
  sort: z.enum(TIMELINE_SORTS, { error: "must be recorded or occurred" }).default("recorded"),
});
export type TTimelineQuery = z.output<typeof ZTimelineQuery>;

// --- Incident record and timeline ---

export const REASON_MAX = 2_000;

export const ZChangeStatusInput = z.object({
  to: ZIncidentStatus,
  /** The incident version the caller saw; a stale one is answered with 409 and the current state. */
  expectedVersion: z.number({ error: "must be the incident version you saw" }).int().min(1),
  reason: z
    .string({ error: "must be text" })
    .trim()
    .max(REASON_MAX, { error: `must be at most ${REASON_MAX} characters` })
    .default(""),
});
export type TChangeStatusInput = z.input<typeof ZChangeStatusInput>;

export const ZChangeSeverityInput = z.object({
  to: ZSeverity,
  /** The incident version the caller saw; a stale one is answered with 409 and the current state. */
  expectedVersion: z.number({ error: "must be the incident version you saw" }).int().min(1),
  reason: z
    .string({ error: "is required" })
    .trim()
    .min(1, { error: "is required: say why the severity changes" })
    .max(REASON_MAX, { error: `must be at most ${REASON_MAX} characters` }),
});
export type TChangeSeverityInput = z.input<typeof ZChangeSeverityInput>;

export const NOTE_MAX = 10_000;
/** A back-dated entry (happened more than this before it was recorded) must say why. */
export const BACKDATE_GRACE_MS = 5 * 60 * 1000;

export const ZAddNoteInput = z
  .object({
    text: z
      .string({ error: "is required" })
      .trim()
      .min(1, { error: "is required" })
      .max(NOTE_MAX, { error: `must be at most ${NOTE_MAX} characters` }),
    /** A decision is a note with an owner and a rationale. */
    decision: z
      .object({
        ownerId: z.uuid({ error: "must be the id of a user" }),
        rationale: z
          .string({ error: "is required" })
          .trim()
          .min(1, { error: "is required for a decision" })
          .max(NOTE_MAX, { error: `must be at most ${NOTE_MAX} characters` }),
      })
      .optional(),
    /** When it happened, if earlier than now (ISO 8601 with a zone). */
    occurredAt: z.iso.datetime({ offset: true, error: "must be a date and time with its zone" }).optional(),
    backdateReason: z.string().trim().max(REASON_MAX, { error: `must be at most ${REASON_MAX} characters` }).default(""),
    /** The sequence number of the event this one corrects. */
    corrects: zInt4({ min: 1, error: "must be an event number" }).optional(),
  });
export type TAddNoteInput = z.input<typeof ZAddNoteInput>;

export const INCIDENT_ROLES = ["legal_lead", "comms_lead", "engineering_lead", "participant"] as const;
export type TIncidentRole = (typeof INCIDENT_ROLES)[number];
export const INCIDENT_ROLE_LABELS: Record<TIncidentRole, string> = {
  legal_lead: "Legal lead",
  comms_lead: "Comms lead",
  engineering_lead: "Engineering lead",
  participant: "Participant",
};

export const ZSetMemberInput = z.object({
  userId: z.uuid({ error: "must be the id of a user" }),
  role: z.enum(INCIDENT_ROLES, { error: `must be one of ${INCIDENT_ROLES.join(", ")}` }),
});
export type TSetMemberInput = z.input<typeof ZSetMemberInput>;

export const ZMemberParams = ZIncidentParams.extend({ userId: z.uuid({ error: "must be the id of a user" }) });

export const ZSetRestrictedInput = z.object({
  restricted: z.boolean({ error: "must be true or false" }),
  reason: z.string({ error: "must be text" }).trim().max(REASON_MAX, { error: `must be at most ${REASON_MAX} characters` }).default(""),
});
export type TSetRestrictedInput = z.input<typeof ZSetRestrictedInput>;

/** `?after=<sequence>`: where a live stream starts; the Last-Event-ID header (a reconnect) takes precedence. */
export const ZEventsQuery = z.object({
  after: zInt4Param({ min: 0, error: "must be a sequence number" }).optional(),
});
