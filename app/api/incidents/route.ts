import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZDeclareIncidentInput, ZIncidentListQuery } from "@/lib/incidents/schemas";
import { declareIncident, listIncidents } from "@/lib/incidents/service";

export const GET = withRoute({
  permission: "incident.read",
  schemas: { query: ZIncidentListQuery },
  handler: async ({ actor, query }) => listIncidents(actor, query),
});

export const POST = withRoute({
  permission: "incident.declare",
  schemas: { body: ZDeclareIncidentInput },
  handler: async ({ actor, body }) => jsonResponse({ incident: await declareIncident(actor, body) }, 201),
});
