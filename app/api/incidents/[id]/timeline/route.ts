import { jsonTextResponse, withRoute } from "@/lib/http/with-route";
import { ZIncidentParams, ZTimelineQuery } from "@/lib/incidents/schemas";
import { getTimelineJson } from "@/lib/incidents/service";

export const GET = withRoute({
  permission: "incident.read",
  summary: "Read the timeline",
  schemas: { params: ZIncidentParams, query: ZTimelineQuery },
  handler: async ({ actor, params, query }) => jsonTextResponse(await getTimelineJson(actor, params.id, query)),
});
