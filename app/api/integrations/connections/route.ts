import { withRoute } from "@/lib/http/with-route";
import { listIntegrationConnections } from "@/lib/integration-admin/connections";

export const GET = withRoute({
  permission: "integration.manage",
  summary: "List the integration connections with their health",
  handler: async ({ actor }) => ({ connections: await listIntegrationConnections(actor) }),
});
