import { can, type TActor } from "@/lib/auth/policy";
import type { TContainmentAction } from "@/lib/containment/catalog";
import { approvalNeed, containmentApprovalState, type TApprovalNeed, type TContainmentApprovalRow } from "@/lib/containment/approval-rule";

/**
 * After a request ends: may it be retried on its approvals, may it be released? Pure; the page and the services ask
 * the same functions. A retry needs no new approval only when nothing changed: the request's hash is still the one
 * approved (the catalog version and the account's role are re-checked by the service, which recomputes the hash) and
 * the approvals of that hash still satisfy the action's rule (none voided).
 */
type TEndedRequest = {
  id: string;
  status: string;
  kind: string;
  dryRun: boolean;
  actionVersion: number;
  requestHash: string;
  approvals: readonly TContainmentApprovalRow[];
};

/**
 * Why a retry is refused, in words, or null when it may go ahead. `need` is the approval policy's in force (the
 * action's default rule when not given); the worker checks it again after its claim. Every refusal answers 409.
 */
export function retryRefusal(action: TContainmentAction | undefined, request: TEndedRequest, need?: TApprovalNeed): { conflict: boolean; reason: string } | null {
  if (request.status !== "failed") return { conflict: true, reason: "Only a failed request can be retried." };
  if (!action) return { conflict: true, reason: "This action is no longer in the catalog; request it again." };
  if (action.version !== request.actionVersion) {
    return { conflict: true, reason: "The catalog's action changed since it was approved (a new version): request it again, so it is approved as it now runs." };
  }
  const state = containmentApprovalState(need ?? approvalNeed(action), request.requestHash, request.approvals);
  if (!state.complete) {
    return { conflict: true, reason: `The approvals of this exact request no longer hold (voided or missing: ${state.missing ?? "none"}); it needs approving again.` };
  }
  return null;
}

/** Why a release is refused, or null: a succeeded, real (not dry-run) run of a reversible action with a release runbook, released once. */
export function releaseRefusal(action: TContainmentAction | undefined, request: TEndedRequest, alreadyReleasedBy: string | null): string | null {
  if (request.kind !== "action") return "A release cannot itself be released; request the action again.";
  if (!action?.reversible || !action.release) return "This action has no release runbook: undo it in the AWS console.";
  if (request.status !== "succeeded") return "Only an action that succeeded can be released.";
  if (request.dryRun) return "A dry run changed nothing; there is nothing to release.";
  if (alreadyReleasedBy) return "This action already has a release request.";
  return null;
}

/** What the viewer may do with an ended request: the Retry and Release buttons, with the reason when they may not. */
export function lifecycleStanding(
  actor: TActor,
  action: TContainmentAction | undefined,
  request: TEndedRequest & { releasesRequestId: string | null },
  all: readonly { id: string; releasesRequestId: string | null }[],
  need?: TApprovalNeed,
) {
  const mayAct = can(actor, "containment.request");
  const retry = request.status === "failed" ? retryRefusal(action, request, need) : null;
  const releasedBy = all.find((other) => other.releasesRequestId === request.id)?.id ?? null;
  const release = releaseRefusal(action, request, releasedBy);
  return {
    mayRetry: mayAct && request.status === "failed" && retry === null,
    retryRefusal: request.status === "failed" ? (retry?.reason ?? null) : null,
    mayRelease: mayAct && release === null,
    releasable: Boolean(action?.reversible && action.release) && request.kind === "action",
    releasedBy,
  };
}
