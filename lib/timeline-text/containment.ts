import { quote } from "@/lib/timeline-text/parts";
import type { TDescribers } from "@/lib/timeline-text/types";
import { approvalRoleWords } from "@/lib/containment/approval-rule";

const STATUS_WORDS: Record<string, string> = {
  Success: "succeeded", Failed: "failed", TimedOut: "timed out", Cancelled: "was cancelled", InProgress: "is running", Pending: "is pending",
  succeeded: "succeeded", failed: "failed",
};
const statusWords = (status: string) => STATUS_WORDS[status] ?? status.toLowerCase();

export const containmentDescribers: TDescribers = {
  "containment.requested": (p, e) => [
    `${e.actor} requested ${p.releasesRequestId ? `the release (undoing request ${p.releasesRequestId}) of ` : ""}${quote(p.title)} on ${quote(p.target)} in account ${p.accountId} (${p.region}), running ${p.runbook} as ${p.roleArn}${p.exercise ? " (exercise: the simulator, never AWS)" : ""}.`,
  ],
  "containment.changed": (p, e) => [
    `${e.actor} changed the parameters of ${quote(p.title)} on ${quote(p.target)}${p.voidedApprovals ? `; this voided ${p.voidedApprovals === 1 ? "1 approval" : `${p.voidedApprovals} approvals`}` : ""}.`,
  ],
  "containment.approved": (p, e) => [
    `${e.actor} approved ${quote(p.title)} on ${quote(p.target)} as ${approvalRoleWords(p.role)}${p.fullyApproved ? "; it has every approval it needs" : ""}.`,
  ],
  "containment.retried": (p, e) => [
    `${e.actor} retried ${quote(p.title)} on ${quote(p.target)} (attempt ${p.attempt}) on its existing approvals: nothing changed since they were given${p.previousFailure ? `; the last attempt failed with ${quote(p.previousFailure)}` : ""}.`,
  ],
  "containment.started": (p) => [
    `${p.exercise ? "The simulator" : "AWS"} started ${p.runbook} for ${p.releasesRequestId ? "the release of " : ""}${quote(p.title)} on ${quote(p.target)} (execution ${p.automationExecutionId}).`,
  ],
  "containment.step": (p) => [
    `Step ${quote(p.stepName)} of ${quote(p.title)} ${statusWords(p.status)}${p.failureMessage ? `: ${quote(p.failureMessage)}` : ""}.`,
  ],
  "containment.finished": (p) => [
    `${p.releasesRequestId ? `The release (of request ${p.releasesRequestId}) of ` : ""}${quote(p.title)} on ${quote(p.target)}${p.attempt && p.attempt > 1 ? ` (attempt ${p.attempt})` : ""} ${statusWords(p.status)}${p.failureMessage ? `: ${quote(p.failureMessage)}` : ""}.`,
  ],
  "containment.approval-redecided": (p) => [
    `Under the containment approval policy (version ${p.policyVersion}), ${quote(p.title)} on ${quote(p.target)} needs ${p.need}: ${
      p.status === "approved" ? "it has every approval it needs" : `it waits for ${p.missing ?? "more approvals"}${p.cause === "checked-before-start" ? " and was not started" : ""}`
    }.`,
  ],
};
