import "server-only";
import type { TSqlExecutor } from "@/lib/db/sql";
import { webhookEventTypeOf } from "@/lib/integrations/event-types";
import { enqueueWebhookEvent } from "@/lib/integrations/webhook-outbox";

/** Called by appendTimelineEvent in the event's own transaction: queues the webhooks this event means, if any. */
export async function queueWebhooksForTimelineEvent(
  sql: TSqlExecutor,
  event: { id: string; incidentId: string; kind: string; payload: unknown; occurredAt: Date },
): Promise<void> {
  const type = webhookEventTypeOf(event.kind, event.payload);
  if (!type) return;
  await enqueueWebhookEvent(sql, {
    incidentId: event.incidentId,
    type,
    sourceId: event.id,
    occurredAt: event.occurredAt,
    details: event.payload as Record<string, unknown>,
  });
}
