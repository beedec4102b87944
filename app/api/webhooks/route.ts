import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZCreateWebhookInput } from "@/lib/webhooks/schemas";
import { createWebhookSubscription, listWebhookSubscriptions } from "@/lib/webhooks/service";

export const GET = withRoute({
  permission: "integration.manage",
  summary: "List webhook subscriptions with their health (never their secrets)",
  handler: async ({ actor }) => ({ webhooks: await listWebhookSubscriptions(actor) }),
});

export const POST = withRoute({
  permission: "integration.manage",
  summary: "Subscribe an HTTPS URL to event types",
  docs: { responses: { 201: "The subscription, with its signing secret (whsec_…) shown this once." } },
  schemas: { body: ZCreateWebhookInput },
  handler: async ({ actor, body }) => jsonResponse(await createWebhookSubscription(actor, body), 201),
});
