import { jsonResponse, jsonTextResponse, withRoute } from "@/lib/http/with-route";
import { ZDeclareIncidentInput, ZIncidentListQuery } from "@/lib/incidents/schemas";
import { declareIncident, listIncidentsJson } from "@/lib/incidents/service";

export const GET = withRoute({
  permission: "incident.read",
  summary: "List and search incidents",
  schemas: { query: ZIncidentListQuery },
  handler: async ({ actor, query }) => jsonTextResponse(await listIncidentsJson(actor, query)),
});

export const POST = withRoute({
  permission: "incident.declare",
  summary: "Declare an incident",
  docs: { responses: { 201: "The new incident." } },
  schemas: { body: ZDeclareIncidentInput },
  handler: async ({ actor, body }) => jsonResponse({ incident: await declareIncident(actor, body) }, 201),
});
