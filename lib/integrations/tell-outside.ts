import "server-only";
import type { TSqlExecutor } from "@/lib/db/sql";
import { enqueueConnectorMessages } from "@/lib/integrations/connector-outbox";
import type { TWebhookEventType } from "@/lib/integrations/event-types";
import { enqueueWebhookEvent } from "@/lib/integrations/webhook-outbox";

export type TTellOutsideEvent = {
  incidentId: string;
  type: TWebhookEventType;
  /** What the event is about (a timeline event id, a reminder id): part of every idempotency key. */
  sourceId: string;
  occurredAt: Date;
  details: Record<string, unknown>;
};

/**
 * The one entry point for "tell the outside world": queues the webhook deliveries and the connector messages
 * (PagerDuty, Jira, ServiceNow, chat) this event means, in the caller's transaction, so a rolled-back change tells
 * nobody and a committed one is never forgotten. The worker delivers them later, outside any transaction.
 */
export async function tellOutside(sql: TSqlExecutor, event: TTellOutsideEvent): Promise<void> {
  await enqueueWebhookEvent(sql, event);
  await enqueueConnectorMessages(sql, event);
}
