import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZDeliveryParams } from "@/lib/webhooks/route-params";
import { redeliverWebhook } from "@/lib/webhooks/service";

export const POST = withRoute({
  permission: "integration.manage",
  summary: "Redeliver a message: the same webhook-id and body, attempted again now",
  schemas: { params: ZDeliveryParams },
  handler: async ({ actor, params }) => jsonResponse(await redeliverWebhook(actor, params.id, params.deliveryId), 202),
});
