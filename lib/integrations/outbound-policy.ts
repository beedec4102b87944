/**
 * The one place that decides what Breachdesk may say about an incident outside the console (webhooks now; Slack,
 * Teams, PagerDuty and Jira reuse it). A need-to-know (restricted) incident is told as ids, the event type and a link
 * only: no title, no summary, no finding text, no names. An exercise is tagged `exercise: true` everywhere.
 */
export type TOutboundDestination = "webhook" | "pagerduty" | "jira" | "servicenow";

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

export function incidentReference(reference: number): string {
  return `INC-${String(reference).padStart(4, "0")}`;
}

function consoleLink(consoleUrl: string, path: string): string {
  return `${consoleUrl.replace(/\/$/, "")}${path}`;
}

/**
 * What a PagerDuty page says. A restricted incident's page names the reference and what happened, never the title;
 * an exercise is tagged in the summary itself, the one line an on-call engineer reads at 3 a.m.
 */
export function pageText(
  incident: TOutboundIncident,
  what: { kind: "declared" } | { kind: "overdue"; obligationId: string; obligationTitle?: string },
  consoleUrl: string,
): { summary: string; customDetails: Record<string, unknown>; link: string } {
  const reference = incidentReference(incident.reference);
  const tag = incident.exercise ? "[EXERCISE] " : "";
  const about = incident.restricted ? `${reference} (need-to-know)` : `${reference}: ${incident.title}`;
  const summary =
    what.kind === "declared"
      ? `${tag}Breach incident declared, ${incident.severity} severity — ${about}`
      : `${tag}Breach deadline overdue — ${about}${!incident.restricted && what.obligationTitle ? ` — ${what.obligationTitle}` : ""}`;
  const customDetails: Record<string, unknown> = { incident_id: incident.id, reference, severity: incident.severity, exercise: incident.exercise, restricted: incident.restricted };
  if (what.kind === "overdue") customDetails.obligation_id = what.obligationId;
  return { summary: summary.slice(0, 1024), customDetails, link: consoleLink(consoleUrl, `/incidents/${incident.id}`) };
}

/**
 * What a Jira or ServiceNow ticket for a task says: the task's title, the incident's reference and a link. The
 * incident's title only for an ordinary incident; a restricted one is named by reference alone (the ticket system's
 * readers are not the incident's need-to-know list). Exercises are tagged.
 */
export function ticketText(
  incident: TOutboundIncident,
  task: { id: string; title: string },
  consoleUrl: string,
): { summary: string; description: string; link: string } {
  const reference = incidentReference(incident.reference);
  const tag = incident.exercise ? "[EXERCISE] " : "";
  const link = consoleLink(consoleUrl, `/incidents/${incident.id}/tasks`);
  const summary = `${tag}${task.title} (${reference})`.slice(0, 250);
  const lines = [
    `Task from Breachdesk incident ${reference}${incident.restricted ? " (need-to-know: details in the console)" : `: ${incident.title}`}.`,
    `Task: ${task.title}`,
    `Open in Breachdesk: ${link}`,
  ];
  if (incident.exercise) lines.unshift("EXERCISE — not a real incident.");
  return { summary, description: lines.join("\n"), link };
}

/**
 * The chat channel opened for an incident (Slack, channel per incident): named by reference only — a channel's name
 * is seen by the whole workspace, so a title never goes there — with `-exercise` for an exercise. A need-to-know
 * incident's channel is private (only those invited can find it) and named apart (`-private`), since the public
 * channel it replaces keeps its name once archived. Slack's rules: lower case, letters, digits, - and _, at most 80.
 */
export function incidentChannel(incident: TOutboundIncident, prefix: string): { name: string; private: boolean } {
  const name = `${prefix}${incidentReference(incident.reference)}${incident.restricted ? "-private" : ""}${incident.exercise ? "-exercise" : ""}`
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .slice(0, 80);
  return { name, private: incident.restricted };
}

/**
 * Which already-opened channel a message for the incident may use: the latest, unless the message is for a
 * need-to-know incident and that channel is public (then a private one is opened and the public one archived).
 */
export function mayUseChannel(opened: { private: boolean }, wanted: { private: boolean }): boolean {
  return opened.private || !wanted.private;
}
