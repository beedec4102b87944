import { WEBHOOK_EVENT_TYPES, isWebhookEventType } from "@/lib/integrations/event-types";
import { incidentReference, type TOutboundIncident } from "@/lib/integrations/outbound-policy";

/**
 * What a chat update (Slack, Microsoft Teams) says about an event, decided once for both: a headline, a few lines of
 * plain text and a link. A need-to-know incident is named by its reference only and its lines carry nothing from the
 * event (no title, no names, no finding text): the channel's readers are not the incident's need-to-know list. An
 * exercise says so first. Every string here is plain text; each connector renders it so that no markup a user did not
 * write can take effect.
 */
export type TChatUpdate = { headline: string; lines: string[]; link: string; linkLabel: string };

/** The events a chat channel hears about: the team's running picture, not every write. */
export const CHAT_EVENT_TYPES = [
  "incident.declared", "incident.phase_changed", "incident.severity_changed",
  "obligation.due_soon", "obligation.overdue", "obligation.met",
  "notice.awaiting_approval", "notice.approved", "notice.sent",
  "containment.requested", "containment.approved", "containment.finished",
  "findings.linked",
] as const;

const MAX_LINE = 300;
const line = (label: string, value: unknown) => (typeof value === "string" && value.trim() ? `${label}: ${value.trim().slice(0, MAX_LINE)}` : null);

/** The event's own facts worth a line, for an incident without need-to-know. */
function detailLines(type: string, details: Record<string, unknown>): string[] {
  const lines = [
    line("Was", details.from),
    line("Now", details.to),
    line("Obligation", details.title ?? details.recipient),
    line("Due", details.dueAt),
    line("Notice", details.noticeTitle ?? (type.startsWith("notice.") ? details.title : null)),
    line("Action", type.startsWith("containment.") ? details.title : null),
    line("Target", details.target),
    line("Outcome", details.status),
  ];
  if (Array.isArray(details.findings)) lines.push(`Findings linked: ${details.findings.length}`);
  return [...new Set(lines.filter((l): l is string => l !== null))];
}

/** What "Send test" posts to a chat channel. */
export function chatTestUpdate(consoleUrl: string): TChatUpdate {
  return { headline: "Breachdesk connection test", lines: ["This channel will receive incident updates from Breachdesk."], link: `${consoleUrl.replace(/\/$/, "")}/admin/integrations`, linkLabel: "Open Breachdesk" };
}

export function chatUpdate(incident: TOutboundIncident, event: { type: string; details: Record<string, unknown> }, consoleUrl: string): TChatUpdate | null {
  if (!(CHAT_EVENT_TYPES as readonly string[]).includes(event.type) || !isWebhookEventType(event.type)) return null;
  const base = consoleUrl.replace(/\/$/, "");
  const reference = incidentReference(incident.reference);
  const tag = incident.exercise ? "[EXERCISE] " : "";
  const what = WEBHOOK_EVENT_TYPES[event.type];
  const noticeId = typeof event.details.noticeId === "string" ? event.details.noticeId : null;
  const link = noticeId ? `${base}/incidents/${incident.id}/notices/${noticeId}` : `${base}/incidents/${incident.id}`;
  const linkLabel = event.type === "notice.awaiting_approval" ? "Review it in Breachdesk" : "Open in Breachdesk";
  if (incident.restricted) {
    return { headline: `${tag}${what} — ${reference}`, lines: ["Need-to-know incident: the details are in the console, for its members."], link, linkLabel };
  }
  return {
    headline: `${tag}${what} — ${reference}: ${incident.title}`.slice(0, 150),
    lines: [`Severity: ${incident.severity} · phase: ${incident.status}`, ...detailLines(event.type, event.details)],
    link,
    linkLabel,
  };
}
