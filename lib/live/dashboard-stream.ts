import "server-only";
import type { TActor } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/assert";
import { sharedVisibilityCheck } from "@/lib/live/shared-reads";
import { subscribeToTimeline } from "@/lib/live/timeline-listener";
import { HEARTBEAT_MS, SSE_HEADERS } from "@/lib/live/timeline-stream";

/**
 * Server-sent events for the commander's dashboard: `event: incident` with the id of an incident that just
 * changed (every change writes a timeline event), sent only when the viewer may see that incident.
 */
export async function openDashboardStream(actor: TActor, signal: AbortSignal) {
  assertCan(actor, "incident.read");
  const encoder = new TextEncoder();
  let closed = false;
  let unsubscribe: (() => void) | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    closed = true;
    unsubscribe?.();
    if (heartbeat) clearInterval(heartbeat);
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      send("retry: 2000\n: connected\n\n");
      unsubscribe = await subscribeToTimeline("*", (notice) => {
        void sharedVisibilityCheck(notice.incidentId, actor)
          .then((visible) => {
            if (visible) send(`event: incident\ndata: ${JSON.stringify({ incidentId: notice.incidentId })}\n\n`);
          })
          .catch(() => undefined);
      });
      heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
    },
    cancel: stop,
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
