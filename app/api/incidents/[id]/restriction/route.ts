import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams, ZSetRestrictedInput } from "@/lib/incidents/schemas";
import { setIncidentRestricted } from "@/lib/membership/service";

/** Marks the incident need-to-know, or lifts it. */
export const PUT = withRoute({
  permission: "incident.members.manage",
  summary: "Make the incident need-to-know, or lift it",
  schemas: { params: ZIncidentParams, body: ZSetRestrictedInput },
  handler: async ({ actor, params, body }) => setIncidentRestricted(actor, params.id, body),
});
