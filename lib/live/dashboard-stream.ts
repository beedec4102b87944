import "server-only";
import type { TActor } from "@/lib/auth/policy";
import { assertCan } from "@/lib/auth/assert";
import { openActorStream } from "@/lib/live/actor-stream";
import { sharedVisibilityCheck } from "@/lib/live/shared-reads";
import { subscribeToTimeline } from "@/lib/live/timeline-listener";

const encoder = new TextEncoder();
// After a gap in the listener the incidents that changed are unknown: the page refreshes them all.
const RESYNC = encoder.encode(`event: incident\ndata: ${JSON.stringify({ resync: true })}\n\n`);

/**
 * Server-sent events for the commander's dashboard: `event: incident` with the id of an incident that just
 * changed (every change writes a timeline event), sent only when the viewer, as the database knows them at that
 * moment, may see that incident (openActorStream re-reads them before every send).
 */
export async function openDashboardStream(actor: TActor, signal: AbortSignal) {
  assertCan(actor, "incident.read");
  return openActorStream(actor, "incident.read", signal, (stream) =>
    subscribeToTimeline(
      "*",
      (notice) => {
        void stream
          .authorized(async (current, send) => {
            if (await sharedVisibilityCheck(notice.incidentId, current)) send(`event: incident\ndata: ${JSON.stringify({ incidentId: notice.incidentId })}\n\n`);
          })
          .catch(() => undefined);
      },
      () => void stream.authorized((_current, send) => send(RESYNC)).catch(() => undefined),
    ),
  );
}
