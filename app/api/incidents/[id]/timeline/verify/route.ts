import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { verifyTimeline } from "@/lib/incidents/service";

/** Recomputes the incident's hash chain; `firstBroken` names the first broken link, null when intact. */
export const GET = withRoute({
  permission: "timeline.integrity.read",
  summary: "Verify the timeline's hash chain",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => verifyTimeline(actor, params.id),
});
