import type { TOutboundIncident } from "@/lib/integrations/outbound-policy";
import { outboundFetch } from "@/lib/integrations/outbound-address";

/** What tellOutside hands every connector: the webhook vocabulary (lib/integrations/event-types.ts). */
export type TOutsideEvent = {
  incidentId: string;
  type: string;
  sourceId: string;
  occurredAt: Date;
  details: Record<string, unknown>;
};

export type TConnection = { id: string; kind: string; name: string; config: Record<string, unknown> };

/** A message a connector wants queued: eventKey + operation (with the connection) make its idempotency key. */
export type TQueuedMessage = { eventKey: string; operation: string; payload: Record<string, unknown> };

export type TClaimedMessage = { id: string; connectionId: string; incidentId: string | null; operation: string; payload: Record<string, unknown>; retryStep: number; claimToken: string };

export type TDeliveryOutcome = { ok: boolean; statusCode?: number | null; result?: Record<string, unknown>; error?: string };

export type TConnector = {
  /** Pure: which messages this event means for this connection (runs inside the event's transaction). */
  messagesFor(event: TOutsideEvent, incident: TOutboundIncident, connection: TConnection, consoleUrl: string): TQueuedMessage[];
  /**
   * "Send test" on the Integrations page: a harmless message proving the connection works end to end (a chat post
   * saying so, a PagerDuty change event that pages nobody, an authenticated read of Jira or ServiceNow).
   */
  testMessage(connection: TConnection, consoleUrl: string): Omit<TQueuedMessage, "eventKey">;
  /** One attempt, outside any transaction (the worker). Never throws. */
  deliver(message: TClaimedMessage, connection: TConnection, secret: string, timeoutMs: number): Promise<TDeliveryOutcome>;
};

/** The service's base URL from the connection's config, without a trailing slash (tests point it at fakes). */
export function baseUrlOf(connection: TConnection): string {
  const value = connection.config.baseUrl;
  if (typeof value !== "string" || !/^https?:\/\//.test(value)) throw new Error(`connection ${connection.name} has no base URL`);
  return value.replace(/\/+$/, "");
}

/** fetch with a timeout; a thrown error becomes an outcome (the worker never throws on a remote's failure). */
export async function callService(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ status: number | null; json: unknown; error: string | null }> {
  try {
    const response = await outboundFetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    const ok = response.status >= 200 && response.status < 300;
    return { status: response.status, json, error: ok ? null : `HTTP ${response.status}: ${text.slice(0, 200)}` };
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    const message = name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { status: null, json: null, error: message.slice(0, 300) };
  }
}
