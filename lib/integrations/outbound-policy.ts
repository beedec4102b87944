/**
 * The one place that decides what Breachdesk may say about an incident outside the console (webhooks now; Slack,
 * Teams, PagerDuty and Jira reuse it). A need-to-know (restricted) incident is told as ids, the event type and a link
 * only: no title, no summary, no finding text, no names. An exercise is tagged `exercise: true` everywhere.
 */
export type TOutboundDestination = "webhook";

export type TOutboundIncident = { id: string; reference: number; title: string; severity: string; status: string; restricted: boolean; exercise: boolean };

export type TOutboundEvent = {
  /** The destination's own name for it (e.g. a webhook event type). */
  type: string;
  /** The timeline event id, reminder id, … the message is about. */
  sourceId: string;
  occurredAt: Date;
  /** What the event says in full (the timeline payload); only passed on for incidents without need-to-know. */
  details: Record<string, unknown>;
};

/** Ids a restricted incident's message may still carry: they let a receiver fetch the rest through the API. */
const ID_FIELDS = ["noticeId", "obligationId", "requestId", "declarationId", "taskId"] as const;

export function outboundMessage(
  _destination: TOutboundDestination,
  incident: TOutboundIncident,
  event: TOutboundEvent,
  consoleUrl: string,
): Record<string, unknown> {
  const link = `${consoleUrl.replace(/\/$/, "")}/incidents/${incident.id}`;
  const reference = `INC-${String(incident.reference).padStart(4, "0")}`;
  if (incident.restricted) {
    const ids: Record<string, unknown> = {};
    for (const field of ID_FIELDS) if (typeof event.details[field] === "string") ids[field] = event.details[field];
    const findings = event.details.findings;
    if (Array.isArray(findings)) ids.findingIds = findings.map((f) => (f as { id: string }).id);
    return { eventId: event.sourceId, incident: { id: incident.id, reference, restricted: true }, exercise: incident.exercise, link, ...ids };
  }
  return {
    eventId: event.sourceId,
    incident: { id: incident.id, reference, title: incident.title, severity: incident.severity, status: incident.status, restricted: false },
    exercise: incident.exercise,
    link,
    details: event.details,
  };
}
