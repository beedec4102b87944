import { withRoute } from "@/lib/http/with-route";
import { ZWebhookParams } from "@/lib/webhooks/route-params";
import { listWebhookDeliveries } from "@/lib/webhooks/service";

export const GET = withRoute({
  permission: "integration.manage",
  summary: "The delivery log of a webhook: each message and its attempts (status code, latency, error)",
  schemas: { params: ZWebhookParams },
  handler: async ({ actor, params }) => ({ deliveries: await listWebhookDeliveries(actor, params.id) }),
});
