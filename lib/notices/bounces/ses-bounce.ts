import { z } from "zod";

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

export type TSesBounce = {
  /** "Permanent / General", "Transient / MailboxFull"… */
  bounceType: string;
  /** The Message-IDs the notice worker gave the message (ours, in angle brackets, as stored on the recipient). */
  originalMessageIds: string[];
  /** SES's id of the message (the one its SMTP interface answered with). */
  providerMessageId: string | null;
  recipients: { emailAddress: string; diagnostic: string }[];
  bouncedAt: Date | null;
};

export type TSesNotification = { kind: "bounce"; bounce: TSesBounce } | { kind: "other"; type: string } | { kind: "invalid"; reason: string };

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

/** "<id@host>" as the worker stores it, whether or not the report kept the angle brackets. */
export function normalizeMessageId(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith("<") ? trimmed : `<${trimmed}>`;
}

/**
 * The provider's own id in an SMTP server's acceptance reply: Amazon SES answers "250 Ok <id>", Postfix
 * "250 2.0.0 Ok: queued as <id>". Null for a reply that names none.
 */
export function providerIdFromSmtpReply(reply: string): string | null {
  const match = /^250[ -](?:\d\.\d\.\d\s+)?Ok(?::\s*queued as)?\s+<?([\w.@-]{6,200})>?\s*$/i.exec(reply.trim());
  return match?.[1] ?? null;
}

const MAX_DIAGNOSTIC_CHARS = 500;

/**
 * A remote server's diagnostic as the console keeps it: the bounced address replaced by `replacement` (a ledger
 * person's address is personal data and stays sealed), control, format (bidi overrides), private-use and unpaired
 * surrogate characters shown as \u{…}, at most 500 characters. The text stays plain text wherever it is shown.
 */
export function diagnosticText(diagnostic: string, address: string, replacement: string): string {
  const withoutAddress = address ? diagnostic.replace(new RegExp(address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), () => replacement) : diagnostic;
  let shown = "";
  for (const char of withoutAddress) {
    shown += /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/u.test(char) ? `\\u{${char.codePointAt(0)?.toString(16)}}` : char;
    if (shown.length >= MAX_DIAGNOSTIC_CHARS) return `${shown.slice(0, MAX_DIAGNOSTIC_CHARS)}…`;
  }
  return shown;
}
