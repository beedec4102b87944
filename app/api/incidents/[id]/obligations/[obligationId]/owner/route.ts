import { withRoute } from "@/lib/http/with-route";
import { ZObligationParams, ZSetOwnerInput } from "@/lib/obligations/schemas";
import { setObligationOwner } from "@/lib/obligations/service";

export const PUT = withRoute({
  permission: "obligation.assign",
  summary: "Assign an obligation's owner",
  schemas: { params: ZObligationParams, body: ZSetOwnerInput },
  handler: async ({ actor, params, body }) => await setObligationOwner(actor, params.id, params.obligationId, body),
});
