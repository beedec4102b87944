import { z } from "zod";

export const ZWebhookParams = z.object({ id: z.uuid({ error: "must be a webhook id" }) });
export const ZDeliveryParams = ZWebhookParams.extend({
  deliveryId: z.string().regex(/^msg_[A-Za-z0-9_-]{1,60}$/, { error: "must be a webhook-id (msg_…)" }),
});
