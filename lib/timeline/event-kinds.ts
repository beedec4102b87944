import { z } from "zod";

/** Every kind of timeline event and the shape of its payload. New kinds are added here, never ad hoc. */
export const TIMELINE_PAYLOADS = {
  "incident.declared": z.object({
    title: z.string(),
    severity: z.string(),
    summary: z.string(),
    commander: z.object({ id: z.string(), name: z.string() }),
  }),

  // --- Incident record and timeline (issue 5) ---
  "incident.status-changed": z.object({
    from: z.string(),
    to: z.string(),
    reason: z.string(),
    version: z.number().int(),
  }),
  "note.added": z.object({
    text: z.string(),
    backdateReason: z.string().nullable(),
    corrects: z.number().int().nullable(),
  }),
  "decision.recorded": z.object({
    text: z.string(),
    owner: z.object({ id: z.string(), name: z.string() }),
    rationale: z.string(),
    backdateReason: z.string().nullable(),
    corrects: z.number().int().nullable(),
  }),
  "member.assigned": z.object({
    user: z.object({ id: z.string(), name: z.string() }),
    role: z.string(),
    previousRole: z.string().nullable(),
  }),
  "member.removed": z.object({ user: z.object({ id: z.string(), name: z.string() }), role: z.string() }),
  "incident.restriction-changed": z.object({ restricted: z.boolean(), reason: z.string() }),
  // ─── Findings intake (issue 4) ───
  "finding.linked": z.object({
    findings: z
      .array(z.object({ id: z.string(), title: z.string(), severity: z.string(), product: z.string(), awsId: z.string() }))
      .min(1),
  }),
  "finding.changed": z.object({
    finding: z.object({ id: z.string(), title: z.string(), awsId: z.string() }),
    changes: z.array(z.string()).min(1),
  }),
  // ─── Obligation register (issue 6) ───
  "obligation.met": z.object({
    obligationId: z.string(),
    ruleId: z.string(),
    recipient: z.string(),
    metAt: z.string(),
    late: z.boolean(),
    /** What met it: a notice sent through Breachdesk or a submission recorded by hand. */
    via: z.object({ kind: z.string(), id: z.string().nullable(), label: z.string() }),
  }),
  // ─── Notices and approval gates (issue 7) ───
  "notice.drafted": z.object({ noticeId: z.string(), title: z.string(), kind: z.string(), templateId: z.string(), obligationId: z.string().nullable() }),
  "notice.version-saved": z.object({
    noticeId: z.string(),
    title: z.string(),
    version: z.number().int(),
    contentHash: z.string(),
    recipients: z.number().int(),
    /** Approvals of earlier versions that this edit voided. */
    voidedApprovals: z.number().int(),
  }),
  "notice.approved": z.object({ noticeId: z.string(), title: z.string(), version: z.number().int(), role: z.string(), contentHash: z.string(), fullyApproved: z.boolean() }),
  "notice.rejected": z.object({ noticeId: z.string(), title: z.string(), version: z.number().int(), role: z.string(), contentHash: z.string(), comment: z.string() }),
  "notice.sent": z.object({
    noticeId: z.string(),
    title: z.string(),
    version: z.number().int(),
    contentHash: z.string(),
    channel: z.string(),
    recipients: z.number().int(),
    /** Exercise incidents: delivered to the sandbox mailbox, not to real recipients. */
    sandbox: z.boolean(),
    messageId: z.string().nullable(),
  }),
  "notice.submission-recorded": z.object({
    noticeId: z.string(),
    title: z.string(),
    version: z.number().int(),
    contentHash: z.string(),
    portal: z.string(),
    reference: z.string(),
    submittedAt: z.string(),
    receipt: z.object({ name: z.string(), sha256: z.string(), bytes: z.number().int() }).nullable(),
  }),
  "notice.bulk-completed": z.object({ noticeId: z.string(), title: z.string(), sent: z.number().int(), failed: z.number().int() }),
} as const;

export type TTimelineKind = keyof typeof TIMELINE_PAYLOADS;
export const TIMELINE_KINDS = Object.keys(TIMELINE_PAYLOADS) as [TTimelineKind, ...TTimelineKind[]];
export type TTimelinePayload<K extends TTimelineKind> = z.input<(typeof TIMELINE_PAYLOADS)[K]>;

export const TIMELINE_KIND_LABELS: Record<TTimelineKind, string> = {
  "incident.declared": "Incident declared",
  "incident.status-changed": "Phase changed",
  "note.added": "Note",
  "decision.recorded": "Decision",
  "member.assigned": "Role assigned",
  "member.removed": "Member removed",
  "incident.restriction-changed": "Need-to-know changed",
  "finding.linked": "Findings linked",
  "finding.changed": "Linked finding changed",
  // ─── Obligation register (issue 6) ───
  "obligation.met": "Obligation met",
  // ─── Notices and approval gates (issue 7) ───
  "notice.drafted": "Notice drafted",
  "notice.version-saved": "Notice edited",
  "notice.approved": "Notice approved",
  "notice.rejected": "Notice rejected",
  "notice.sent": "Notice sent",
  "notice.submission-recorded": "Submission recorded",
  "notice.bulk-completed": "Bulk notice delivered",
};
