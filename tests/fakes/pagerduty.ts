import { startFake } from "@/tests/fakes/http-fake";

const SEVERITIES = ["critical", "error", "warning", "info"];

/**
 * What PagerDuty's Events API v2 refuses with 400 (https://developer.pagerduty.com/docs/events-api-v2/trigger-events/):
 * a 32-character routing key, an event_action, a dedup_key up to 255 chars (required to resolve), and for a trigger a
 * payload with summary (≤ 1024), source, a known severity and an ISO timestamp. Returns the reasons, empty if valid.
 */
export function pagerDutySchemaErrors(body: unknown): string[] {
  const errors: string[] = [];
  const event = body as Record<string, unknown> | null;
  if (!event || typeof event !== "object") return ["body is not an object"];
  if (typeof event.routing_key !== "string" || event.routing_key.length !== 32) errors.push("routing_key must be 32 characters");
  if (!["trigger", "acknowledge", "resolve"].includes(event.event_action as string)) errors.push("event_action invalid");
  if (event.dedup_key !== undefined && (typeof event.dedup_key !== "string" || event.dedup_key.length > 255)) errors.push("dedup_key invalid");
  if (event.event_action !== "trigger" && typeof event.dedup_key !== "string") errors.push("dedup_key required");
  if (event.event_action === "trigger") {
    const payload = event.payload as Record<string, unknown> | undefined;
    if (!payload) errors.push("payload required");
    else {
      if (typeof payload.summary !== "string" || payload.summary.length === 0 || payload.summary.length > 1024) errors.push("payload.summary invalid");
      if (typeof payload.source !== "string" || !payload.source) errors.push("payload.source required");
      if (!SEVERITIES.includes(payload.severity as string)) errors.push("payload.severity invalid");
      if (payload.timestamp !== undefined && Number.isNaN(Date.parse(payload.timestamp as string))) errors.push("payload.timestamp invalid");
    }
    if (event.links !== undefined && !(Array.isArray(event.links) && event.links.every((l: { href?: unknown }) => typeof l.href === "string"))) errors.push("links invalid");
  }
  return errors;
}

/**
 * A change event (https://developer.pagerduty.com/docs/events-api-v2/send-change-events/): routing key, and a payload
 * with summary (≤ 1024) and optional source and timestamp. Returns the reasons, empty if valid.
 */
export function changeEventErrors(body: unknown): string[] {
  const event = body as { routing_key?: unknown; payload?: { summary?: unknown; timestamp?: unknown } } | null;
  const errors: string[] = [];
  if (typeof event?.routing_key !== "string" || event.routing_key.length !== 32) errors.push("routing_key must be 32 characters");
  if (typeof event?.payload?.summary !== "string" || !event.payload.summary || event.payload.summary.length > 1024) errors.push("payload.summary invalid");
  if (event?.payload?.timestamp !== undefined && Number.isNaN(Date.parse(String(event.payload.timestamp)))) errors.push("payload.timestamp invalid");
  return errors;
}

/** A fake Events API v2: POST /v2/enqueue → 202 {status, message, dedup_key}, 400 with the schema's errors; change events too. */
export function startFakePagerDuty(options: { failFirst?: number } = {}) {
  let seen = 0;
  return startFake(({ method, path, headers, body }) => {
    if (method === "POST" && path === "/v2/change/enqueue") {
      const errors = changeEventErrors(JSON.parse(body || "null"));
      return errors.length ? { status: 400, json: { status: "invalid event", errors } } : { status: 202, json: { status: "success", message: "Change event processed" } };
    }
    if (method !== "POST" || path !== "/v2/enqueue") return { status: 404, json: { status: "invalid path" } };
    if (!String(headers["content-type"]).startsWith("application/json")) return { status: 400, json: { status: "invalid event", errors: ["content-type"] } };
    seen += 1;
    if (seen <= (options.failFirst ?? 0)) return { status: 500, json: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { status: 400, json: { status: "invalid event", errors: ["not JSON"] } };
    }
    const errors = pagerDutySchemaErrors(parsed);
    if (errors.length > 0) return { status: 400, json: { status: "invalid event", message: "Event object is invalid", errors } };
    const dedupKey = (parsed as { dedup_key?: string }).dedup_key ?? "generated";
    return { status: 202, json: { status: "success", message: "Event processed", dedup_key: dedupKey } };
  });
}
