import "server-only";
import { createHash } from "node:crypto";
import type { TSqlExecutor } from "@/lib/db/sql";
import type { TConnection, TOutsideEvent, TQueuedMessage } from "@/lib/integrations/connector-types";
import { CONNECTORS } from "@/lib/integrations/connectors";
import type { TOutboundIncident } from "@/lib/integrations/outbound-policy";
import { consoleUrl } from "@/lib/integrations/webhook-outbox";

/** The message id: derived from connection, event key and operation, so enqueuing the same thing twice is a no-op. */
export function integrationMessageId(connectionId: string, eventKey: string, operation: string): string {
  return "im_" + createHash("sha256").update(`${connectionId}:${eventKey}:${operation}`).digest("base64url").slice(0, 32);
}

/** Queues one message in the caller's transaction; false when it was already queued (same key). */
export async function enqueueIntegrationMessage(sql: TSqlExecutor, connectionId: string, incidentId: string | null, message: TQueuedMessage): Promise<boolean> {
  const rows = await sql<{ id: string }>(
    `INSERT INTO integration_messages (id, connection_id, incident_id, operation, payload)
     VALUES ($1, $2::uuid, $3::uuid, $4, $5::jsonb) ON CONFLICT DO NOTHING RETURNING id`,
    [integrationMessageId(connectionId, message.eventKey, message.operation), connectionId, incidentId, message.operation, JSON.stringify(message.payload)],
  );
  return rows.length > 0;
}

/**
 * The connectors' half of tellOutside: for every enabled connection, the messages its connector says this event
 * means, queued in the event's transaction. Event keys are scoped to the incident.
 */
export async function enqueueConnectorMessages(sql: TSqlExecutor, event: TOutsideEvent): Promise<number> {
  const connections = await sql<TConnection>("SELECT id::text, kind, name, config FROM integration_connections WHERE enabled ORDER BY created_at", []);
  const relevant = connections.filter((c) => CONNECTORS[c.kind]);
  if (relevant.length === 0) return 0;
  const [incident] = await sql<TOutboundIncident>(
    "SELECT id::text, reference, title, severity::text, status::text, restricted, exercise FROM incidents WHERE id = $1::uuid",
    [event.incidentId],
  );
  if (!incident) return 0;
  let queued = 0;
  for (const connection of relevant) {
    let details = event.details;
    if (connection.kind === "pagerduty" && event.type === "incident.phase_changed" && event.details.to === "closed") {
      // Closing resolves every page this connection raised for the incident (the overdue ones included).
      const paged = await sql<{ key: string }>(
        "SELECT DISTINCT payload->>'dedup_key' AS key FROM integration_messages WHERE connection_id = $1::uuid AND incident_id = $2::uuid AND operation = 'pagerduty.trigger'",
        [connection.id, event.incidentId],
      );
      details = { ...details, pagedDedupKeys: paged.map((p) => p.key) };
    }
    const messages = CONNECTORS[connection.kind]!.messagesFor({ ...event, details }, incident, connection, consoleUrl());
    for (const message of messages) {
      if (await enqueueIntegrationMessage(sql, connection.id, event.incidentId, { ...message, eventKey: `${event.incidentId}:${message.eventKey}` })) queued += 1;
    }
  }
  return queued;
}
