/** The event types a subscription can choose, with the label the Integrations page shows. */
export const WEBHOOK_EVENT_TYPES = {
  "incident.declared": "Incident declared",
  "incident.phase_changed": "Phase changed",
  "incident.severity_changed": "Severity changed",
  "obligation.due_soon": "Obligation due soon",
  "obligation.overdue": "Obligation overdue",
  "obligation.met": "Obligation met",
  "notice.awaiting_approval": "Notice awaiting approval",
  "notice.approved": "Notice approved",
  "notice.sent": "Notice sent",
  "containment.requested": "Containment requested",
  "containment.approved": "Containment approved",
  "containment.finished": "Containment finished",
  "findings.linked": "Findings linked",
  "export.made": "Export made",
} as const;

export type TWebhookEventType = keyof typeof WEBHOOK_EVENT_TYPES;

/** The test message "Send test" queues; every subscription receives it, whatever it subscribed to. */
export const TEST_EVENT_TYPE = "webhook.test";

export function isWebhookEventType(value: string): value is TWebhookEventType {
  return Object.hasOwn(WEBHOOK_EVENT_TYPES, value);
}

/**
 * Which timeline events are told to subscribers, and as what. A notice "awaits approval" each time a version is
 * saved (saving voids earlier approvals); it is "approved" only when the last required approval arrives.
 */
export function webhookEventTypeOf(kind: string, payload: unknown): TWebhookEventType | null {
  switch (kind) {
    case "incident.declared":
      return "incident.declared";
    case "incident.status-changed":
      return "incident.phase_changed";
    case "incident.severity-changed":
      return "incident.severity_changed";
    case "obligation.met":
      return "obligation.met";
    case "notice.version-saved":
      return "notice.awaiting_approval";
    case "notice.approved":
      return (payload as { fullyApproved?: boolean }).fullyApproved ? "notice.approved" : null;
    case "notice.sent":
      return "notice.sent";
    case "containment.requested":
      return "containment.requested";
    case "containment.approved":
      return "containment.approved";
    case "containment.finished":
      return "containment.finished";
    case "finding.linked":
      return "findings.linked";
    case "report.exported":
      return "export.made";
    default:
      return null;
  }
}
