import { APPROVER_ROLE_LABELS } from "@/lib/auth/roles";

export type TSendReadinessInput = {
  sent: boolean;
  approval: { rejected: boolean; fullyApproved: boolean; missing: readonly string[] };
  /** The completeness check's findings (lib/notices/content.ts missingElements). */
  missing: readonly { key: string; heading: string }[];
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

const RECIPIENTS_KEY = "recipients";

/**
 * What stands between a notice and each way of sending it, in words, before anyone clicks: the server checks the same
 * things again (lib/notices/service.ts), this only says so first.
 */
export function sendReadiness(input: TSendReadinessInput): TSendReadiness {
  const blocked = blockedReason(input);
  const email =
    blocked ??
    (input.recipients === 0
      ? "Add at least one e-mail recipient to send by e-mail (a portal submission needs none)."
      : !input.exercise && !input.mailConfigured
        ? "Outgoing mail is not configured on this server (SMTP_URL): record a portal submission instead, or ask an administrator to configure mail."
        : null);
  return { blocked, email, submission: blocked };
}

function blockedReason(input: TSendReadinessInput): string | null {
  if (input.sent) return "This notice has been sent.";
  if (input.approval.rejected) return "The latest version was rejected: save a new version and have it approved.";
  if (!input.approval.fullyApproved) return `Waiting for approval from: ${input.approval.missing.map((r) => APPROVER_ROLE_LABELS[r] ?? r).join(", ")}.`;
  const incomplete = input.missing.filter((m) => m.key !== RECIPIENTS_KEY);
  if (incomplete.length) return `Complete the elements listed as missing first: ${[...new Set(incomplete.map((m) => m.heading))].join(", ")}.`;
  return null;
}
