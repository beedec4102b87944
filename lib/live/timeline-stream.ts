import "server-only";
import type { TActor } from "@/lib/auth/policy";
import { getIncident } from "@/lib/incidents/service";
import { sharedEventsAfter, sharedVisibilityCheck } from "@/lib/live/shared-reads";
import { subscribeToTimeline } from "@/lib/live/timeline-listener";
import { INT4_MAX } from "@/lib/validation/int4";

const BATCH = 500;
export const HEARTBEAT_MS = 15_000;

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  "x-accel-buffering": "no", // no proxy buffering: events must arrive at once
};
/** The sequence to resume after: the browser's Last-Event-ID on a reconnect, else `?after=`, else 0. */
export function resumePoint(lastEventId: string | null, after: number | undefined): number {
  const fromHeader = lastEventId && /^\d{1,10}$/.test(lastEventId) && Number(lastEventId) <= INT4_MAX ? Number(lastEventId) : null;
  return fromHeader ?? after ?? 0;
}

/**
 * A server-sent event stream of an incident's timeline: first every event after `after` (catch-up), then each
 * new one as PostgreSQL announces it. Each SSE `id` is the event's sequence, so a reconnecting browser resumes
 * exactly where it stopped. Visibility is checked at the start and again before every send, so an incident
 * that becomes need-to-know stops streaming to people who may no longer see it.
 */
export async function openTimelineStream(actor: TActor, incidentId: string, after: number, signal: AbortSignal) {
  await getIncident(actor, incidentId); // 404, exactly as for a missing incident, when not visible
  const encoder = new TextEncoder();
  let last = after;
  let running = false;
  let again = false;
  let closed = false;
  let unsubscribe: (() => void) | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe?.();
        if (heartbeat) clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      // Serialised: notices arriving while a batch is being sent trigger one more round, never a parallel one.
      const flush = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            if (!(await sharedVisibilityCheck(incidentId, actor))) return close();
            const events = await sharedEventsAfter(incidentId, last, BATCH);
            for (const event of events) {
              if (!closed) controller.enqueue(event.message);
              last = event.sequence;
            }
            if (events.length === BATCH) again = true;
          } while (again && !closed);
        } catch {
          close();
        } finally {
          running = false;
        }
      };

      signal.addEventListener("abort", close);
      send("retry: 2000\n: connected\n\n");
      unsubscribe = await subscribeToTimeline(incidentId, () => void flush());
      await flush(); // after subscribing, so nothing written in between is missed
      heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
    },
    cancel() {
      closed = true;
      unsubscribe?.();
      if (heartbeat) clearInterval(heartbeat);
    },
  });

  return new Response(stream, { headers: SSE_HEADERS });
}
