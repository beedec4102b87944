import { withRoute } from "@/lib/http/with-route";
import { refreshInventory } from "@/lib/inventory/run";

export const POST = withRoute({
  permission: "datastore.manage",
  summary: "Refresh the data inventory from AWS now",
  docs: { responses: { 409: "A refresh is already running." } },
  schemas: {},
  handler: async ({ actor }) => ({ run: await refreshInventory(actor) }),
});
