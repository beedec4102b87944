/**
 * A bounce as the console records it, whoever reported it (Amazon SES through SNS, or a mail server's delivery status
 * notification), and the plain-text helpers both readers share. Pure.
 */
export type TBounce = {
  /** "Permanent / General", "Transient / MailboxFull", "Permanent (5.1.1)"… */
  bounceType: string;
  /** The Message-IDs the notice worker gave the message (in angle brackets, as stored on the recipient). */
  originalMessageIds: string[];
  /** The provider's own id of the message (the one its SMTP interface answered with), when the report names it. */
  providerMessageId: string | null;
  recipients: { emailAddress: string; diagnostic: string }[];
  bouncedAt: Date | null;
};

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
