import { withRoute } from "@/lib/http/with-route";
import { ZEventsQuery, ZIncidentParams } from "@/lib/incidents/schemas";
import { openTimelineStream, resumePoint } from "@/lib/live/timeline-stream";

export const dynamic = "force-dynamic";

/** Server-sent events: the incident's timeline, live, resuming after Last-Event-ID. */
export const GET = withRoute({
  permission: "incident.read",
  summary: "Stream the timeline live",
  docs: { responseMediaType: "text/event-stream", responses: { 200: "Server-sent events, one per timeline event; `id:` is its sequence." } },
  schemas: { params: ZIncidentParams, query: ZEventsQuery },
  handler: async ({ actor, params, query, request }) =>
    openTimelineStream(actor, params.id, resumePoint(request.headers.get("last-event-id"), query.after), request.signal),
});
