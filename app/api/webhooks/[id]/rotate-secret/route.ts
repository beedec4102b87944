import { withRoute } from "@/lib/http/with-route";
import { ZWebhookParams } from "@/lib/webhooks/route-params";
import { ZRotateSecretInput } from "@/lib/webhooks/schemas";
import { rotateWebhookSecret } from "@/lib/webhooks/service";

export const POST = withRoute({
  permission: "integration.manage",
  summary: "Rotate a webhook's signing secret; the previous one keeps signing for the grace period",
  docs: { responses: { 200: "The new secret, shown this once." } },
  schemas: { params: ZWebhookParams, body: ZRotateSecretInput },
  handler: async ({ actor, params, body }) => rotateWebhookSecret(actor, params.id, body),
});
