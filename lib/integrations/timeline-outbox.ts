import "server-only";
import type { TSqlExecutor } from "@/lib/db/sql";
import { webhookEventTypeOf } from "@/lib/integrations/event-types";
import { tellOutside } from "@/lib/integrations/tell-outside";
import { enqueueConnectorMessages } from "@/lib/integrations/connector-outbox";

/**
 * Timeline events no webhook subscriber can choose but connectors act on: a person joining or leaving the incident
 * joins or leaves its chat channel, and a need-to-know incident moves to a private one (lib/integrations/chat/slack.ts).
 */
function connectorOnlyTypeOf(kind: string, payload: unknown): string | null {
  if (kind === "member.assigned" && (payload as { previousRole?: string | null }).previousRole == null) return "incident.member_added";
  if (kind === "member.removed") return "incident.member_removed";
  if (kind === "incident.restriction-changed") return "incident.restriction_changed";
  return null;
}

/** Called by appendTimelineEvent in the event's own transaction: tells the outside world what this event means, if anything. */
export async function queueWebhooksForTimelineEvent(
  sql: TSqlExecutor,
  event: { id: string; incidentId: string; kind: string; payload: unknown; occurredAt: Date },
): Promise<void> {
  const connectorOnly = connectorOnlyTypeOf(event.kind, event.payload);
  if (connectorOnly) {
    const user = (event.payload as { user?: { id: string } }).user;
    await enqueueConnectorMessages(sql, { incidentId: event.incidentId, type: connectorOnly, sourceId: event.id, occurredAt: event.occurredAt, details: user ? { userId: user.id } : {} });
    return;
  }
  const type = webhookEventTypeOf(event.kind, event.payload);
  if (!type) return;
  await tellOutside(sql, {
    incidentId: event.incidentId,
    type,
    sourceId: event.id,
    occurredAt: event.occurredAt,
    details: event.payload as Record<string, unknown>,
  });
}
