import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { addConnectionAs, listIntegrationConnections } from "@/lib/integration-admin/connections";
import { ZAddConnectionInput } from "@/lib/integration-admin/schemas";

export const GET = withRoute({
  permission: "integration.manage",
  summary: "List the integration connections with their health",
  handler: async ({ actor }) => ({ connections: await listIntegrationConnections(actor) }),
});

/** Secrets are write-only: sealed at rest, never answered, never in the administration log. */
export const POST = withRoute({
  permission: "integration.manage",
  summary: "Add a PagerDuty, Jira, ServiceNow, Slack or Microsoft Teams connection",
  docs: { responses: { 201: "The connection's id, kind and name (never its secrets)." } },
  schemas: { body: ZAddConnectionInput },
  handler: async ({ actor, body }) => jsonResponse({ connection: await addConnectionAs(actor, body) }, 201),
});
