import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getRegister } from "@/lib/obligations/service";

/** The incident's stored obligation register. */
export const GET = withRoute({
  permission: "obligation.list",
  summary: "List the obligation register",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => await getRegister(actor, params.id),
});
