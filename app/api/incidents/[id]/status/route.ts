import { withRoute } from "@/lib/http/with-route";
import { ZChangeStatusInput, ZIncidentParams } from "@/lib/incidents/schemas";
import { changeIncidentStatus } from "@/lib/open-work/change-status";

export const POST = withRoute({
  permission: "incident.change-status",
  summary: "Change the incident's status",
  schemas: { params: ZIncidentParams, body: ZChangeStatusInput },
  handler: async ({ actor, params, body }) => ({ incident: await changeIncidentStatus(actor, params.id, body) }),
});
