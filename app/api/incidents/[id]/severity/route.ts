import { withRoute } from "@/lib/http/with-route";
import { ZChangeSeverityInput, ZIncidentParams } from "@/lib/incidents/schemas";
import { changeIncidentSeverity } from "@/lib/incidents/change-severity";

export const POST = withRoute({
  permission: "incident.change-status",
  summary: "Change the incident's severity",
  schemas: { params: ZIncidentParams, body: ZChangeSeverityInput },
  handler: async ({ actor, params, body }) => ({ incident: await changeIncidentSeverity(actor, params.id, body) }),
});
