import { withRoute } from "@/lib/http/with-route";
import { openDashboardStream } from "@/lib/live/dashboard-stream";

export const dynamic = "force-dynamic";

/** Server-sent events naming each incident the caller may see as it changes (the dashboard's live feed). */
export const GET = withRoute({
  permission: "incident.read",
  summary: "Stream incident changes live",
  docs: { responseMediaType: "text/event-stream", responses: { 200: "Server-sent events, one `incident` event per change the caller may see." } },
  handler: async ({ actor, request }) => openDashboardStream(actor, request.signal),
});
