import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, type TWebhookEventType } from "@/lib/integrations/event-types";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * HTTPS only (plain http is allowed to this machine alone, for a local receiver); no user:password in the URL,
 * which would put a credential in every log line that names the destination.
 */
export const ZWebhookUrl = z
  .string({ error: "is required" })
  .trim()
  .max(2000, { error: "must be at most 2000 characters" })
  .pipe(z.url({ protocol: /^https?$/, error: "must be an https:// URL" }))
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === "https:" || LOOPBACK.has(url.hostname);
  }, { error: "must be an https:// URL (http:// only to localhost)" })
  .refine((value) => {
    const url = new URL(value);
    return url.username === "" && url.password === "";
  }, { error: "must not carry a user name or password" });

const ZName = z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(100, { error: "must be at most 100 characters" });

const ZEventTypes = z
  .array(z.enum(Object.keys(WEBHOOK_EVENT_TYPES) as [TWebhookEventType, ...TWebhookEventType[]], { error: "must be a known event type" }))
  .min(1, { error: "must name at least one event type" })
  .max(50)
  .transform((types) => [...new Set(types)]);

export const ZCreateWebhookInput = z.object({ name: ZName, url: ZWebhookUrl, eventTypes: ZEventTypes });
export type TCreateWebhookInput = z.input<typeof ZCreateWebhookInput>;

export const ZUpdateWebhookInput = z
  .object({ name: ZName.optional(), url: ZWebhookUrl.optional(), eventTypes: ZEventTypes.optional(), enabled: z.boolean().optional() })
  .refine((value) => Object.values(value).some((v) => v !== undefined), { error: "must change at least one field" });
export type TUpdateWebhookInput = z.input<typeof ZUpdateWebhookInput>;

export const ZRotateSecretInput = z.object({
  /** How long the previous secret keeps signing beside the new one, so receivers can switch without a gap. */
  graceHours: z.number({ error: "must be a number of hours" }).int({ error: "must be a whole number of hours" }).min(0).max(168, { error: "must be at most 168 (a week)" }).default(24),
});
export type TRotateSecretInput = z.input<typeof ZRotateSecretInput>;
