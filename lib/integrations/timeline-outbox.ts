import "server-only";
import type { TSqlExecutor } from "@/lib/db/sql";
import { webhookEventTypeOf } from "@/lib/integrations/event-types";
import { tellOutside } from "@/lib/integrations/tell-outside";

/** Called by appendTimelineEvent in the event's own transaction: tells the outside world what this event means, if anything. */
export async function queueWebhooksForTimelineEvent(
  sql: TSqlExecutor,
  event: { id: string; incidentId: string; kind: string; payload: unknown; occurredAt: Date },
): Promise<void> {
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
