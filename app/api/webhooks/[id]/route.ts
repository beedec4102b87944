import { withRoute } from "@/lib/http/with-route";
import { ZWebhookParams } from "@/lib/webhooks/route-params";
import { ZUpdateWebhookInput } from "@/lib/webhooks/schemas";
import { getWebhookSubscription, updateWebhookSubscription } from "@/lib/webhooks/service";

export const GET = withRoute({
  permission: "integration.manage",
  summary: "Read a webhook subscription (never its secret)",
  schemas: { params: ZWebhookParams },
  handler: async ({ actor, params }) => ({ webhook: await getWebhookSubscription(actor, params.id) }),
});

export const PATCH = withRoute({
  permission: "integration.manage",
  summary: "Change a webhook's name, URL, event types or enabled state",
  schemas: { params: ZWebhookParams, body: ZUpdateWebhookInput },
  handler: async ({ actor, params, body }) => ({ webhook: await updateWebhookSubscription(actor, params.id, body) }),
});
