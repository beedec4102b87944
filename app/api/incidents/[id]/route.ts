import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getIncident } from "@/lib/incidents/service";

export const GET = withRoute({
  permission: "incident.read",
  summary: "Read an incident",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => ({ incident: await getIncident(actor, params.id) }),
});
