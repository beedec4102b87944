import { withRoute } from "@/lib/http/with-route";
import { ZMemberParams } from "@/lib/incidents/schemas";
import { removeIncidentMember } from "@/lib/membership/service";

export const DELETE = withRoute({
  permission: "incident.members.manage",
  summary: "Remove an incident member",
  schemas: { params: ZMemberParams },
  handler: async ({ actor, params }) => removeIncidentMember(actor, params.id, params.userId),
});
