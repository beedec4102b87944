import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { reviewUnresolvedPeople } from "@/lib/affected-people/read";
import { ZReviewInput } from "@/lib/affected-people/schemas";

/** A POST because it records the view: who read whose data, and why, goes on the timeline. */
export const POST = withRoute({
  permission: "ledger.read",
  summary: "Review the people whose jurisdiction could not be told",
  schemas: { params: ZIncidentParams, body: ZReviewInput },
  handler: async ({ actor, params, body }) => reviewUnresolvedPeople(actor, params.id, body),
});
