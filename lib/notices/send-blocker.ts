import { APPROVER_ROLE_LABELS } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";

/** An element the completeness check found missing (lib/notices/content.ts missingElements). */
export type TBlockingElement = { key: string; heading: string; reason?: string };

export type TSendBlockerInput<M extends TBlockingElement> = {
  sent: boolean;
  /** The notice's latest version; null when it has none. */
  version: { id: string; number: number } | null;
  /** The version a sender asked to send, when they named one: only the latest may go out. */
  requestedVersionId?: string;
  approval: { rejected: boolean; fullyApproved: boolean; missing: readonly string[] };
  missing: readonly M[];
};

export type TSendBlocker<M extends TBlockingElement = TBlockingElement> =
  | { reason: "sent" }
  | { reason: "no_version" }
  | { reason: "not_latest"; latestVersion: number }
  | { reason: "rejected"; missingApprovals: readonly string[] }
  | { reason: "awaiting_approval"; missingApprovals: readonly string[] }
  | { reason: "incomplete"; missing: readonly M[] };

/** Recipients are a matter of the channel (a portal submission needs none), never a reason to block every send. */
const RECIPIENTS_KEY = "recipients";

/**
 * Why a notice cannot be sent now, by any channel, or null when it can: sent already, no version, not the version
 * asked for, rejected, not fully approved, or a required element missing. The send and the submission refuse with
 * it (send-gate.ts) and the notice page and status views say it before anyone clicks (send-readiness.ts).
 */
export function sendBlocker<M extends TBlockingElement>(input: TSendBlockerInput<M>): TSendBlocker<M> | null {
  if (input.sent) return { reason: "sent" };
  if (!input.version) return { reason: "no_version" };
  if (input.requestedVersionId && input.requestedVersionId !== input.version.id) return { reason: "not_latest", latestVersion: input.version.number };
  if (input.approval.rejected) return { reason: "rejected", missingApprovals: input.approval.missing };
  if (!input.approval.fullyApproved) return { reason: "awaiting_approval", missingApprovals: input.approval.missing };
  const incomplete = input.missing.filter((m) => m.key !== RECIPIENTS_KEY);
  if (incomplete.length) return { reason: "incomplete", missing: incomplete };
  return null;
}

/** The blocker in the words of the notice page, which lists the missing elements and approvals beside it. */
export function sendBlockerText(blocker: TSendBlocker): string {
  switch (blocker.reason) {
    case "sent":
      return "This notice has been sent.";
    case "no_version":
      return "This notice has no version to send.";
    case "not_latest":
      return `Only the latest version (${blocker.latestVersion}) can be sent.`;
    case "rejected":
      return "The latest version was rejected: save a new version and have it approved.";
    case "awaiting_approval":
      return `Waiting for approval from: ${blocker.missingApprovals.map((r) => APPROVER_ROLE_LABELS[r] ?? r).join(", ")}.`;
    case "incomplete":
      return `Complete the elements listed as missing first: ${[...new Set(blocker.missing.map((m) => m.heading))].join(", ")}.`;
  }
}

/** The blocker as the API's refusal (409), with what a client needs to act on it. */
export function sendRefusal(blocker: TSendBlocker<TBlockingElement & { reason: string }>): AppError {
  switch (blocker.reason) {
    case "sent":
      return AppError.conflict("This notice has already been sent.");
    case "no_version":
      return AppError.conflict("This notice has no version to send.");
    case "not_latest":
      return AppError.conflict(`Only the latest version (${blocker.latestVersion}) can be sent, and only once it is fully approved.`);
    case "rejected":
      return AppError.conflict("The latest version was rejected; save a new version and have it approved.", { missingApprovals: blocker.missingApprovals });
    case "awaiting_approval":
      return AppError.conflict(`The latest version is not fully approved: still needs ${blocker.missingApprovals.join(", ")}.`, { missingApprovals: blocker.missingApprovals });
    case "incomplete":
      return AppError.conflict(`The notice is incomplete: ${blocker.missing.map((m) => `${m.heading} ${m.reason}`).join("; ")}.`, { missing: blocker.missing });
  }
}
