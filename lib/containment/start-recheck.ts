import "server-only";
import { prisma } from "@/lib/db";
import type { TTimelineActor } from "@/lib/timeline/append";
import { readContainmentApprovalPolicy, redecideRequest } from "@/lib/containment/approval-policy";

const ACTOR: TTimelineActor = { kind: "system", name: "Containment runner" };

/**
 * An authorization decided once must be decided again where it matters: right after the worker claims a request and
 * before it calls AWS, its approvals are counted again under the approval policy in force. A request the policy made
 * stricter since it was approved goes back to awaiting approval (its approvals stay; its SSM ClientToken stays, so a
 * start that may already have reached AWS is still the same start later) and is not started.
 */
export async function stillApprovedBeforeStart(claim: { id: string; claimToken: string }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const request = await tx.containmentRequest.findFirst({
      where: { id: claim.id, claimToken: claim.claimToken, status: "starting" },
      select: { id: true, incidentId: true, actionId: true, target: true, status: true, requestHash: true },
    });
    if (!request) return false;
    const stored = await readContainmentApprovalPolicy(tx);
    const state = await redecideRequest(tx, request, stored, {
      cause: "checked-before-start", actor: ACTOR,
      // Only while the complete check fails does the request move, and only the claim this worker holds.
      where: { claimToken: claim.claimToken, status: "starting" },
    });
    return state.complete;
  });
}
