import "server-only";
import { createHash } from "node:crypto";
import type { TSqlExecutor } from "@/lib/db/sql";
import { baseEnv } from "@/lib/env";
import { outboundMessage, type TOutboundIncident } from "@/lib/integrations/outbound-policy";

export type TWebhookEvent = {
  incidentId: string;
  /** A webhook event type, or the test type. */
  type: string;
  /** What the message is about (a timeline event id, a reminder id): with the subscription, the idempotency key. */
  sourceId: string;
  occurredAt: Date;
  details: Record<string, unknown>;
};

/** The webhook-id: derived from subscription and event, so enqueuing the same event twice names the same message. */
export function webhookIdFor(subscriptionId: string, eventKey: string): string {
  return "msg_" + createHash("sha256").update(`${subscriptionId}:${eventKey}`).digest("base64url").slice(0, 27);
}

export function consoleUrl(): string {
  return baseEnv().NEXTAUTH_URL ?? "http://localhost:3000";
}

/** The exact body every attempt sends: the Standard Webhooks envelope {type, timestamp, data}. */
export function webhookBody(type: string, occurredAt: Date, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: occurredAt.toISOString(), data });
}

/**
 * The outbox: one pending delivery per enabled subscription to this event type, written in the transaction of the
 * event itself (a rolled-back change tells nobody; a committed one is never forgotten). What the body may say is
 * decided by lib/integrations/outbound-policy.ts. ON CONFLICT: the (subscription, event) key makes a repeat a no-op.
 */
export async function enqueueWebhookEvent(sql: TSqlExecutor, event: TWebhookEvent): Promise<number> {
  const subscriptions = await sql<{ id: string }>(
    "SELECT id::text FROM webhook_subscriptions WHERE enabled AND $1 = ANY(event_types)",
    [event.type],
  );
  if (subscriptions.length === 0) return 0;
  const [incident] = await sql<TOutboundIncident>(
    "SELECT id::text, reference, title, severity::text, status::text, restricted, exercise FROM incidents WHERE id = $1::uuid",
    [event.incidentId],
  );
  if (!incident) return 0;
  const body = webhookBody(event.type, event.occurredAt, outboundMessage("webhook", incident, event, consoleUrl()));
  let queued = 0;
  for (const { id } of subscriptions) {
    const rows = await sql<{ id: string }>(
      `INSERT INTO webhook_deliveries (id, subscription_id, event_key, event_type, incident_id, body)
       VALUES ($1, $2::uuid, $3, $4, $5::uuid, $6) ON CONFLICT DO NOTHING RETURNING id`,
      [webhookIdFor(id, event.sourceId), id, event.sourceId, event.type, event.incidentId, body],
    );
    queued += rows.length;
  }
  return queued;
}
