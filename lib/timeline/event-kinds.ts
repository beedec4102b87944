import { z } from "zod";

/** Every kind of timeline event and the shape of its payload. New kinds are added here, never ad hoc. */
export const TIMELINE_PAYLOADS = {
  "incident.declared": z.object({
    title: z.string(),
    severity: z.string(),
    summary: z.string(),
    commander: z.object({ id: z.string(), name: z.string() }),
  }),

  // --- Incident record and timeline ---
  "incident.status-changed": z.object({
    from: z.string(),
    to: z.string(),
    reason: z.string(),
    version: z.number().int(),
  }),
  "incident.severity-changed": z.object({
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
  // ─── Findings intake ───
  "finding.linked": z.object({
    findings: z
      .array(z.object({ id: z.string(), title: z.string(), severity: z.string(), product: z.string(), awsId: z.string() }))
      .min(1),
  }),
  "finding.changed": z.object({
    finding: z.object({ id: z.string(), title: z.string(), awsId: z.string() }),
    changes: z.array(z.string()).min(1),
  }),
  // ─── Obligation register ───
  "obligation.met": z.object({
    obligationId: z.string(),
    ruleId: z.string(),
    recipient: z.string(),
    metAt: z.string(),
    late: z.boolean(),
    /** What met it: a notice sent through Breachdesk or a submission recorded by hand. */
    via: z.object({ kind: z.string(), id: z.string().nullable(), label: z.string() }),
  }),
  // ─── Tasks, playbooks, evidence register ───
  "task.created": z.object({
    task: z.object({ id: z.string(), title: z.string() }),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    role: z.string(),
    dueAt: z.string().nullable(),
    status: z.string(),
  }),
  "task.updated": z.object({
    task: z.object({ id: z.string(), title: z.string() }),
    /** Old → new, per changed field (owner as its name, due as an ISO instant). */
    changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })).min(1),
    version: z.number().int(),
  }),
  "playbook.applied": z.object({
    playbook: z.object({ id: z.string(), version: z.number().int(), title: z.string() }),
    tasks: z.array(z.object({ id: z.string(), title: z.string() })).min(1),
  }),
  "evidence.registered": z.object({
    evidence: z.object({ id: z.string(), name: z.string() }),
    kind: z.string(),
    sha256: z.string().nullable(),
    hashSource: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    uri: z.string().nullable(),
    reason: z.string(),
  }),
  "evidence.custody": z.object({
    evidence: z.object({ id: z.string(), name: z.string() }),
    /** downloaded, transferred, handed_over */
    action: z.string(),
    reason: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
  "evidence.legal-hold": z.object({
    evidence: z.object({ id: z.string(), name: z.string() }),
    hold: z.boolean(),
    reason: z.string(),
  }),
  "evidence.deleted": z.object({ evidence: z.object({ id: z.string(), name: z.string() }), reason: z.string() }),
  // ─── Clock facts and the stored register ───
  "moment.declared": z.object({
    declarationId: z.string(),
    moment: z.string(),
    at: z.string(),
    reason: z.string(),
    /** The declaration this one corrects (it stays on record). */
    supersedes: z.object({ id: z.string(), at: z.string() }).nullable(),
    /** Declared at the instant of another moment's current declaration (one click: "Discovered at the same time"). */
    sameAs: z.object({ moment: z.string(), declarationId: z.string() }).optional(),
  }),
  "facts.changed": z.object({
    reason: z.string(),
    version: z.number().int(),
    changes: z.array(z.object({ field: z.string(), from: z.json(), to: z.json() })).min(1),
    /** Set when the change came from accepting a data-inventory suggestion. */
    suggestion: z.object({ finding: z.object({ id: z.string(), title: z.string() }), store: z.object({ id: z.string(), arn: z.string() }) }).nullable(),
  }),
  "obligations.reevaluated": z.object({
    cause: z.string(),
    catalogVersion: z.string(),
    added: z.array(z.object({ ruleId: z.string(), recipient: z.string(), applies: z.string(), dueAt: z.string().nullable() })),
    retired: z.array(z.object({ ruleId: z.string(), recipient: z.string() })),
    retimed: z.array(z.object({ ruleId: z.string(), recipient: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
    applicability: z.array(z.object({ ruleId: z.string(), recipient: z.string(), from: z.string(), to: z.string() })),
  }),
  "obligation.owner-changed": z.object({
    obligationId: z.string(),
    ruleId: z.string(),
    recipient: z.string(),
    from: z.object({ id: z.string(), name: z.string() }).nullable(),
    to: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  // ─── Exec status, reports and exports ───
  /** A report or export of this incident was downloaded: who (the event's actor), what, and the SHA-256 of the bytes. */
  "report.exported": z.object({
    format: z.enum(["pdf", "csv", "zip"]),
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
  }),
  // ─── Notices and approval gates ───
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
    /** The sender confirmed it follows another notice that met (or was meeting) the same obligation. */
    followUp: z.boolean().optional(),
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
    followUp: z.boolean().optional(),
  }),
  "notice.bulk-completed": z.object({ noticeId: z.string(), title: z.string(), sent: z.number().int(), failed: z.number().int() }),
  /** Every recipient of a send is delivered or has failed for good (any channel; bulk sends used to write bulk-completed). */
  "notice.delivery-completed": z.object({ noticeId: z.string(), title: z.string(), channel: z.string(), sent: z.number().int(), failed: z.number().int() }),
  /** The mail provider reported messages of a notice undeliverable after the server had accepted them (counts only, no address). */
  "notice.recipients-bounced": z.object({ noticeId: z.string(), title: z.string(), bounced: z.number().int(), bounceType: z.string(), reportedAt: z.string() }),
  /** A notice was delivered (or a submission recorded) for an obligation another notice had already met: a fact, not an error. */
  "notice.obligation-already-met": z.object({
    noticeId: z.string(),
    title: z.string(),
    obligationId: z.string(),
    obligationMetAt: z.string(),
    deliveredAt: z.string(),
    followUp: z.boolean(),
  }),
  // ─── Containment actions ───
  // ─── Affected-people ledger (counts and hashes only: never a person's data) ───
  "people.imported": z.object({
    importId: z.string(),
    fileName: z.string(),
    contentSha256: z.string().nullable(),
    rowsRead: z.number().int(),
    rowsRejected: z.number().int(),
    peopleAdded: z.number().int(),
    peopleUpdated: z.number().int(),
    unresolved: z.number().int(),
    ledgerTotal: z.number().int(),
    byJurisdiction: z.array(z.object({ jurisdiction: z.string(), people: z.number().int() })),
  }),
  "people.viewed": z.object({
    what: z.string(),
    people: z.number().int(),
  }),
  /** A count typed in place of the ledger's for one jurisdiction (count null: the override removed, the ledger's back). */
  "people.count-overridden": z.object({
    jurisdiction: z.string(),
    count: z.number().int().nullable(),
    previous: z.number().int().nullable(),
    ledgerCount: z.number().int(),
    reason: z.string(),
  }),
  "containment.requested": z.object({
    requestId: z.string(), actionId: z.string(), title: z.string(), target: z.string(), runbook: z.string(), accountId: z.string(), region: z.string(),
    roleArn: z.string(), parameters: z.record(z.string(), z.string()), requestHash: z.string(), exercise: z.boolean(),
    /** Set when this request releases (undoes) an earlier one. */
    releasesRequestId: z.string().optional(),
  }),
  /** A failed request goes back to approved for a new attempt, on the approvals it has (nothing changed). */
  "containment.retried": z.object({
    requestId: z.string(), title: z.string(), target: z.string(), requestHash: z.string(), attempt: z.number().int(), previousFailure: z.string().nullable(),
  }),
  "containment.changed": z.object({
    requestId: z.string(), title: z.string(), target: z.string(), parameters: z.record(z.string(), z.string()), previousHash: z.string(), requestHash: z.string(),
    voidedApprovals: z.number().int(),
  }),
  "containment.approved": z.object({
    requestId: z.string(), title: z.string(), target: z.string(), role: z.string(), requestHash: z.string(), fullyApproved: z.boolean(),
  }),
  "containment.started": z.object({
    requestId: z.string(), title: z.string(), target: z.string(), runbook: z.string(), automationExecutionId: z.string(), exercise: z.boolean(),
    attempt: z.number().int().optional(), releasesRequestId: z.string().nullable().optional(),
  }),
  "containment.step": z.object({
    requestId: z.string(), title: z.string(), automationExecutionId: z.string(), stepName: z.string(), status: z.string(),
    outputs: z.record(z.string(), z.array(z.string())), failureMessage: z.string().nullable(),
  }),
  "containment.finished": z.object({
    requestId: z.string(), title: z.string(), target: z.string(), automationExecutionId: z.string().nullable(), status: z.string(), failureMessage: z.string().nullable(),
    attempt: z.number().int().optional(), releasesRequestId: z.string().nullable().optional(),
  }),
  /** The approval policy changed (or the worker checked it before starting) and the request's status followed it. */
  "containment.approval-redecided": z.object({
    requestId: z.string(), title: z.string(), target: z.string(), status: z.string(), need: z.string(), missing: z.string().nullable(), policyVersion: z.number().int(),
    cause: z.enum(["policy-changed", "checked-before-start"]),
  }),
  // ─── Scoping: access reconstruction from CloudTrail ───
  "scoping.requested": z.object({
    runId: z.string(), region: z.string(), accountId: z.string(), start: z.string(), end: z.string(),
    accessKeyIds: z.array(z.string()), principals: z.array(z.string()), sourceIps: z.array(z.string()), eventDataStore: z.string(),
  }),
  "scoping.finished": z.object({
    runId: z.string(), status: z.string(), storesTouched: z.number().int(), gaps: z.array(z.string()),
    evidenceId: z.string().nullable(), sha256: z.string().nullable(), failure: z.string().nullable(),
  }),
  // ─── Integrations ───
  "chat.channel-opened": z.object({
    service: z.string(), connection: z.string(), channelId: z.string(), name: z.string(), private: z.boolean(),
    invited: z.number().int().nullable(), notInSlack: z.number().int().nullable(), archived: z.array(z.string()).default([]),
  }),
} as const;

export type TTimelineKind = keyof typeof TIMELINE_PAYLOADS;
export const TIMELINE_KINDS = Object.keys(TIMELINE_PAYLOADS) as [TTimelineKind, ...TTimelineKind[]];
export type TTimelinePayload<K extends TTimelineKind> = z.input<(typeof TIMELINE_PAYLOADS)[K]>;

export const TIMELINE_KIND_LABELS: Record<TTimelineKind, string> = {
  "incident.declared": "Incident declared",
  "incident.status-changed": "Phase changed",
  "incident.severity-changed": "Severity changed",
  "note.added": "Note",
  "decision.recorded": "Decision",
  "member.assigned": "Role assigned",
  "member.removed": "Member removed",
  "incident.restriction-changed": "Need-to-know changed",
  "finding.linked": "Findings linked",
  "finding.changed": "Linked finding changed",
  // ─── Obligation register ───
  "obligation.met": "Obligation met",
  // ─── Tasks, playbooks, evidence register ───
  "task.created": "Task added",
  "task.updated": "Task changed",
  "playbook.applied": "Playbook applied",
  "evidence.registered": "Evidence registered",
  "evidence.custody": "Evidence custody",
  "evidence.legal-hold": "Legal hold",
  "evidence.deleted": "Evidence deleted",
  // ─── Clock facts and the stored register ───
  "moment.declared": "Moment declared",
  "facts.changed": "Facts changed",
  "obligations.reevaluated": "Obligations re-evaluated",
  "obligation.owner-changed": "Obligation owner changed",
  // ─── Exec status, reports and exports ───
  "report.exported": "Report exported",
  // ─── Notices and approval gates ───
  "notice.drafted": "Notice drafted",
  "notice.version-saved": "Notice edited",
  "notice.approved": "Notice approved",
  "notice.rejected": "Notice rejected",
  "notice.sent": "Notice sent",
  "notice.submission-recorded": "Submission recorded",
  "notice.bulk-completed": "Bulk notice delivered",
  "notice.delivery-completed": "Notice delivered",
  "notice.recipients-bounced": "Notice bounced",
  "notice.obligation-already-met": "Notice after its obligation was met",
  "people.imported": "Affected people imported",
  "people.viewed": "Affected people's data viewed",
  "people.count-overridden": "Affected-people count overridden",
  "containment.requested": "Containment requested",
  "containment.changed": "Containment request changed",
  "containment.retried": "Containment retried",
  "containment.approved": "Containment approved",
  "containment.started": "Containment started",
  "containment.step": "Containment step",
  "containment.finished": "Containment finished",
  "containment.approval-redecided": "Containment approval re-decided",
  "scoping.requested": "Access reconstruction requested",
  "scoping.finished": "Access reconstruction finished",
  "chat.channel-opened": "Chat channel opened",
};
