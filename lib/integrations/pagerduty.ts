import { baseUrlOf, callService, type TConnector, type TOutsideEvent } from "@/lib/integrations/connector-types";
import { pageText, type TOutboundIncident } from "@/lib/integrations/outbound-policy";

/**
 * PagerDuty Events API v2 (https://developer.pagerduty.com/docs/events-api-v2/trigger-events/). The dedup key is
 * derived from what the page is about, so a retry, a restart or a second console re-sends the same key and
 * PagerDuty keeps one alert: breachdesk-<incident id> for the declaration, …-overdue-<obligation id> for a deadline.
 */
const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;
type TSeverity = keyof typeof SEVERITY_RANK;
const PD_SEVERITY: Record<TSeverity, "info" | "warning" | "error" | "critical"> = { low: "info", medium: "warning", high: "error", critical: "critical" };

export function isAtOrAbove(severity: string, floor: unknown): boolean {
  const rank = SEVERITY_RANK[severity as TSeverity];
  const floorRank = SEVERITY_RANK[(typeof floor === "string" ? floor : "high") as TSeverity] ?? SEVERITY_RANK.high;
  return rank !== undefined && rank >= floorRank;
}

export function incidentDedupKey(incidentId: string): string {
  return `breachdesk-${incidentId}`;
}

export function overdueDedupKey(incidentId: string, obligationId: string): string {
  return `breachdesk-${incidentId}-overdue-${obligationId}`;
}

/** The Events v2 body without the routing key (added at delivery, so the secret never sits in the queue). */
export function triggerEvent(
  incident: TOutboundIncident,
  what: { kind: "declared" } | { kind: "overdue"; obligationId: string; obligationTitle?: string },
  occurredAt: Date,
  consoleUrl: string,
): Record<string, unknown> {
  const text = pageText(incident, what, consoleUrl);
  return {
    event_action: "trigger",
    dedup_key: what.kind === "declared" ? incidentDedupKey(incident.id) : overdueDedupKey(incident.id, what.obligationId),
    payload: {
      summary: text.summary,
      source: "breachdesk",
      severity: what.kind === "overdue" ? "critical" : PD_SEVERITY[incident.severity as TSeverity] ?? "error",
      timestamp: occurredAt.toISOString(),
      component: "incident",
      custom_details: text.customDetails,
    },
    links: [{ href: text.link, text: "Open in Breachdesk" }],
  };
}

export function resolveEvent(dedupKey: string): Record<string, unknown> {
  return { event_action: "resolve", dedup_key: dedupKey };
}

function messagesFor(event: TOutsideEvent, incident: TOutboundIncident, connection: { config: Record<string, unknown> }, consoleUrl: string) {
  if (event.type === "incident.declared" && isAtOrAbove(incident.severity, connection.config.severityFloor)) {
    return [{ eventKey: "declared", operation: "pagerduty.trigger", payload: triggerEvent(incident, { kind: "declared" }, event.occurredAt, consoleUrl) }];
  }
  if (event.type === "incident.severity_changed" && !isAtOrAbove(String(event.details.from), connection.config.severityFloor) && isAtOrAbove(incident.severity, connection.config.severityFloor)) {
    // Raised past the floor after declaration: the same dedup key as a declaration page, so PagerDuty keeps one alert.
    return [{ eventKey: `raised-${event.sourceId}`, operation: "pagerduty.trigger", payload: triggerEvent(incident, { kind: "declared" }, event.occurredAt, consoleUrl) }];
  }
  if (event.type === "obligation.overdue" && typeof event.details.obligationId === "string") {
    const obligationId = event.details.obligationId;
    const obligationTitle = typeof event.details.title === "string" ? event.details.title : undefined;
    return [{ eventKey: `overdue-${obligationId}`, operation: "pagerduty.trigger", payload: triggerEvent(incident, { kind: "overdue", obligationId, obligationTitle }, event.occurredAt, consoleUrl) }];
  }
  if (event.type === "incident.phase_changed" && event.details.to === "closed") {
    // Keyed by the closing event, so closing, reopening and closing again resolves again. Overdue pages are
    // resolved too: the enqueuer passes the dedup keys this connection triggered for the incident.
    const keys = [incidentDedupKey(incident.id), ...((event.details.pagedDedupKeys as string[] | undefined) ?? [])];
    return [...new Set(keys)].map((key) => ({ eventKey: `resolve-${event.sourceId}-${key}`, operation: "pagerduty.resolve", payload: resolveEvent(key) }));
  }
  return [];
}

export const pagerdutyConnector: TConnector = {
  messagesFor,
  // A change event (Events API v2 /v2/change/enqueue) shows on the service's timeline and pages nobody.
  testMessage: () => ({ operation: "pagerduty.test", payload: { payload: { summary: "Breachdesk connection test: this service receives Breachdesk pages", source: "breachdesk" } } }),
  async deliver(message, connection, secret, timeoutMs) {
    if (message.operation === "pagerduty.test") {
      const change = { routing_key: secret, payload: { ...(message.payload.payload as object), timestamp: new Date().toISOString() } };
      const answer = await callService(`${baseUrlOf(connection)}/v2/change/enqueue`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(change) }, timeoutMs);
      return answer.error ? { ok: false, statusCode: answer.status, error: answer.error } : { ok: true, statusCode: answer.status, result: { test: true } };
    }
    const body = { routing_key: secret, ...message.payload };
    const answer = await callService(`${baseUrlOf(connection)}/v2/enqueue`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }, timeoutMs);
    if (answer.error) return { ok: false, statusCode: answer.status, error: answer.error };
    const dedupKey = (answer.json as { dedup_key?: unknown } | null)?.dedup_key;
    return { ok: true, statusCode: answer.status, result: { dedupKey: typeof dedupKey === "string" ? dedupKey : message.payload.dedup_key } };
  },
};
