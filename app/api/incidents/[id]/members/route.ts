import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams, ZSetMemberInput } from "@/lib/incidents/schemas";
import { setIncidentMember } from "@/lib/membership/service";

/** Gives a user a role on the incident, or changes it. */
export const PUT = withRoute({
  permission: "incident.members.manage",
  summary: "Add or change an incident member",
  schemas: { params: ZIncidentParams, body: ZSetMemberInput },
  handler: async ({ actor, params, body }) => ({ member: await setIncidentMember(actor, params.id, body) }),
});
