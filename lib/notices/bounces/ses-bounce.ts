import { z } from "zod";
import { normalizeMessageId, type TBounce } from "@/lib/notices/bounces/bounce";

/**
 * Amazon SES's bounce notification (the SNS Message of a "Bounce"), as documented in "Amazon SNS notification contents
 * for Amazon SES": notificationType (eventType when it comes from event publishing), a mail object naming the
 * message, and a bounce object naming the recipients. SES may add fields, so unknown ones are ignored; SES also
 * rewrites the message's headers when sending, so ours are read from mail.commonHeaders / mail.headers (present when
 * the identity includes original headers in notifications), and SES's own id from mail.messageId otherwise.
 */

const ZBouncedRecipient = z.object({
  emailAddress: z.string().max(1_000),
  action: z.string().max(200).optional(),
  status: z.string().max(200).optional(),
  diagnosticCode: z.string().max(100_000).optional(),
});

const ZSesBounce = z.object({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  mail: z.object({
    messageId: z.string().max(500).optional(),
    headers: z.array(z.object({ name: z.string().max(500), value: z.string().max(10_000) })).max(500).optional(),
    commonHeaders: z.object({ messageId: z.string().max(1_000).optional() }).optional(),
  }),
  bounce: z
    .object({
      bounceType: z.string().max(100),
      bounceSubType: z.string().max(100).optional(),
      bouncedRecipients: z.array(ZBouncedRecipient).max(1_000),
      timestamp: z.string().max(64).optional(),
    })
    .optional(),
});

export type TSesNotification = { kind: "bounce"; bounce: TBounce } | { kind: "other"; type: string } | { kind: "invalid"; reason: string };

/** Reads the SNS Message text as SES's notification; only bounces matter here (complaints and deliveries are not failures). */
export function readSesNotification(messageText: string): TSesNotification {
  let value: unknown;
  try {
    value = JSON.parse(messageText);
  } catch {
    return { kind: "invalid", reason: "the SNS Message is not JSON" };
  }
  const parsed = ZSesBounce.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: "invalid", reason: `the SES notification's ${issue?.path.join(".") || "body"} ${issue?.message ?? "is not valid"}` };
  }
  const notification = parsed.data;
  const type = notification.notificationType ?? notification.eventType ?? "";
  if (type !== "Bounce") return { kind: "other", type: type || "(no type)" };
  if (!notification.bounce) return { kind: "invalid", reason: "a Bounce without its bounce object" };
  const { bounce, mail } = notification;
  const headerIds = (mail.headers ?? []).filter((header) => /^message-id$/i.test(header.name)).map((header) => header.value);
  const originalMessageIds = [...new Set([mail.commonHeaders?.messageId, ...headerIds].filter((id): id is string => Boolean(id)).map(normalizeMessageId))];
  const at = bounce.timestamp ? new Date(bounce.timestamp) : null;
  return {
    kind: "bounce",
    bounce: {
      bounceType: [bounce.bounceType, bounce.bounceSubType].filter(Boolean).join(" / "),
      originalMessageIds,
      providerMessageId: mail.messageId ?? null,
      recipients: bounce.bouncedRecipients.map((recipient) => ({
        emailAddress: recipient.emailAddress,
        diagnostic: [recipient.status, recipient.diagnosticCode ?? recipient.action].filter(Boolean).join(" "),
      })),
      bouncedAt: at && !Number.isNaN(at.getTime()) ? at : null,
    },
  };
}
