import { sendBlocker, sendBlockerText, type TSendBlockerInput } from "@/lib/notices/send-blocker";

export type TSendReadinessInput = Omit<TSendBlockerInput<{ key: string; heading: string }>, "requestedVersionId"> & {
  recipients: number;
  /** Exercise incidents deliver to the sandbox mailbox, which needs no mail server. */
  exercise: boolean;
  mailConfigured: boolean;
};

export type TSendReadiness = {
  /** Why the notice cannot go out by any channel yet; null once approvals and content allow it. */
  blocked: string | null;
  /** Why the e-mail send is not possible; null when the button may be pressed. */
  email: string | null;
  /** Why recording a portal submission is not possible; a submission never needs an e-mail recipient. */
  submission: string | null;
};

/**
 * What stands between a notice and each way of sending it, in words, before anyone clicks: the server refuses on the
 * same sendBlocker (lib/notices/send-gate.ts), this only says so first.
 */
export function sendReadiness(input: TSendReadinessInput): TSendReadiness {
  const blocker = sendBlocker(input);
  const blocked = blocker ? sendBlockerText(blocker) : null;
  const email =
    blocked ??
    (input.recipients === 0
      ? "Add at least one e-mail recipient to send by e-mail (a portal submission needs none)."
      : !input.exercise && !input.mailConfigured
        ? "Outgoing mail is not configured on this server (SMTP_URL): record a portal submission instead, or ask an administrator to configure mail."
        : null);
  return { blocked, email, submission: blocked };
}
