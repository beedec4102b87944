import "server-only";
import type { TActor } from "@/lib/auth/policy";
import { getIncident } from "@/lib/incidents/service";
import { openActorStream } from "@/lib/live/actor-stream";
import { sharedEventsAfter, sharedVisibilityCheck } from "@/lib/live/shared-reads";
import { subscribeToTimeline } from "@/lib/live/timeline-listener";
import { INT4_MAX } from "@/lib/validation/int4";

const BATCH = 500;

/** The sequence to resume after: the browser's Last-Event-ID on a reconnect, else `?after=`, else 0. */
export function resumePoint(lastEventId: string | null, after: number | undefined): number {
  const fromHeader = lastEventId && /^\d{1,10}$/.test(lastEventId) && Number(lastEventId) <= INT4_MAX ? Number(lastEventId) : null;
  return fromHeader ?? after ?? 0;
}

/**
 * A server-sent event stream of an incident's timeline: first every event after `after` (catch-up), then each
 * new one as PostgreSQL announces it. Each SSE `id` is the event's sequence, so a reconnecting browser resumes
 * exactly where it stopped, and the stream itself re-reads from there when the listener comes back after a gap.
 * Before every send the actor is re-read and the incident's visibility to them checked again (openActorStream), so
 * a removed role, a deactivated account, a revoked token, an ended session or an incident that became
 * need-to-know ends the stream instead of delivering.
 */
export async function openTimelineStream(actor: TActor, incidentId: string, after: number, signal: AbortSignal) {
  await getIncident(actor, incidentId); // 404, exactly as for a missing incident, when not visible
  let last = after;
  let running = false;
  let again = false;

  return openActorStream(actor, "incident.read", signal, async (stream) => {
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
          await stream.authorized(async (current, send) => {
            if (!(await sharedVisibilityCheck(incidentId, current))) return stream.end();
            const events = await sharedEventsAfter(incidentId, last, BATCH);
            for (const event of events) {
              send(event.message);
              last = event.sequence;
            }
            if (events.length === BATCH) again = true;
          });
        } while (again && !stream.closed);
      } catch {
        stream.close();
      } finally {
        running = false;
      }
    };
    const unsubscribe = await subscribeToTimeline(incidentId, () => void flush(), () => void flush());
    await flush(); // after subscribing, so nothing written in between is missed
    return unsubscribe;
  });
}
