import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZWebhookParams } from "@/lib/webhooks/route-params";
import { sendWebhookTest } from "@/lib/webhooks/service";

export const POST = withRoute({
  permission: "integration.manage",
  summary: "Queue a webhook.test message to this subscription",
  schemas: { params: ZWebhookParams },
  handler: async ({ actor, params }) => jsonResponse(await sendWebhookTest(actor, params.id), 202),
});
