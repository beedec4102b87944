import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findAction } from "@/lib/containment/catalog";
import { containmentRoleFor } from "@/lib/containment/accounts";
import { retryRefusal } from "@/lib/containment/lifecycle";
import { readContainmentApprovalPolicy } from "@/lib/containment/approval-policy";
import { approvalNeedUnder } from "@/lib/containment/approval-policy-rules";
import { containmentRequestHash } from "@/lib/containment/request-hash";
import { lockRequest } from "@/lib/containment/queries";
import { ZRetryContainmentInput, type TRetryContainmentInput } from "@/lib/containment/schemas";

const TX = { timeout: 30_000, maxWait: 15_000 };

/**
 * Sends a failed request back to the worker for a new attempt, on the approvals it already has: allowed only when
 * nothing changed since they were given. The hash is recomputed from what would run now (the catalog's version, the
 * account's current role, the stored parameters) and must equal the approved hash; the approvals of that hash must
 * still satisfy the action's rule (none voided). The new attempt gets a new ClientToken (cleared here, drawn at the
 * claim), so SSM starts a new execution; within the attempt, the claim keeps exactly once.
 */
export async function retryContainment(actor: TActor, incidentId: string, requestId: string, input: TRetryContainmentInput) {
  assertCan(actor, "containment.request");
  const data = ZRetryContainmentInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const request = await lockRequest(tx, requestId, incidentId);
    if (!request) throw AppError.notFound("The containment request");
    if (request.attempt !== data.basedOnAttempt) {
      throw AppError.conflict(`This request was retried meanwhile (now attempt ${request.attempt}).`, { current: { attempt: request.attempt, status: request.status } });
    }
    const action = findAction(request.actionId);
    const approvals = await tx.containmentApproval.findMany({ where: { requestId }, select: { approverId: true, role: true, requestHash: true, voidedAt: true } });
    // The approvals must meet the approval policy in force now (the worker checks again after its claim).
    const need = action ? approvalNeedUnder((await readContainmentApprovalPolicy(tx)).policy, action) : undefined;
    const refusal = retryRefusal(action, { ...request, approvals }, need);
    if (refusal || !action) throw AppError.conflict(refusal?.reason ?? "This action is no longer in the catalog.");
    const roleArn = await containmentRoleFor(tx, request.accountId);
    const parameters = request.parameters as Record<string, string>;
    const nowHash = roleArn
      ? containmentRequestHash({ runbook: request.runbook, version: action.version, parameters, account: request.accountId, region: request.region, role: roleArn })
      : null;
    if (nowHash !== request.requestHash) {
      throw AppError.conflict(
        roleArn
          ? "What would run now differs from what was approved (the account's containment role changed): request it again."
          : `Account ${request.accountId} no longer has a configured source, so there is no role to run it as.`,
        { current: { requestHash: nowHash } },
      );
    }
    const attempt = request.attempt + 1;
    const retried = await tx.containmentRequest.updateMany({
      where: { id: requestId, status: "failed", attempt: request.attempt, requestHash: request.requestHash },
      data: { status: "approved", attempt, clientToken: null, claimToken: null, claimedAt: null, attemptClaimedAt: null, failure: null },
    });
    if (retried.count !== 1) throw AppError.conflict("The request changed meanwhile; review it again.");
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "containment.retried",
      actor,
      payload: { requestId, title: action.title, target: request.target, requestHash: request.requestHash, attempt, previousFailure: request.failure?.slice(0, 2_000) ?? null },
    });
    return { id: requestId, status: "approved", attempt, requestHash: request.requestHash };
  }, TX);
}
