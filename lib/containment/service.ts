import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { can, type TActor } from "@/lib/auth/policy";
import { confirmPassword } from "@/lib/auth/reauth";
import { AppError } from "@/lib/errors/app-error";
import { isIncidentLead, requireVisibleIncident } from "@/lib/auth/incident-access";
import { appendTimelineEvent, actorLabel } from "@/lib/timeline/append";
import { actionView, findAction, runbookName, type TContainmentAction } from "@/lib/containment/catalog";
import { containmentRoleFor } from "@/lib/containment/accounts";
import { containmentApprovalState, containmentApproverStanding, REFUSAL_SENTENCES } from "@/lib/containment/approval-rule";
import { approvalNeedUnder, describeNeed } from "@/lib/containment/approval-policy-rules";
import { holdPolicyForApproval, readContainmentApprovalPolicy } from "@/lib/containment/approval-policy";
import { checkParameters, isDryRun } from "@/lib/containment/parameters";
import { containmentRequestHash } from "@/lib/containment/request-hash";
import { linkedFindingsForContainment, lockRequest, REQUEST_DETAIL_INCLUDE } from "@/lib/containment/queries";
import { proposeForFindings } from "@/lib/containment/proposals";
import { isRunnableDirectCall } from "@/lib/containment/direct-calls";
import { lifecycleStanding } from "@/lib/containment/lifecycle";
import {
  ZApproveContainmentInput,
  ZChangeContainmentInput,
  ZCreateContainmentInput,
  type TApproveContainmentInput,
  type TChangeContainmentInput,
  type TCreateContainmentInput,
} from "@/lib/containment/schemas";

const TX = { timeout: 30_000, maxWait: 15_000 };
/** A request may be changed (voiding its approvals) until a worker has claimed it. */
const CHANGEABLE = ["awaiting_approval", "approved"];

/** The action a request names, which must exist and be something Breachdesk can run. */
function executableAction(actionId: string): TContainmentAction {
  const action = findAction(actionId);
  if (!action) throw AppError.badRequest("There is no such containment action.", [{ name: "actionId", reason: "is not an action of the catalog" }]);
  if (action.runbook.kind !== "ssm-automation" && !isRunnableDirectCall(runbookName(action.runbook))) {
    throw AppError.badRequest(`${action.title} runs through a direct ${runbookName(action.runbook)} call, which Breachdesk cannot run yet.`, [
      { name: "actionId", reason: "runs through a direct API call Breachdesk cannot make yet; do it in the AWS console" },
    ]);
  }
  return action;
}

function checkedParameters(action: TContainmentAction, given: Record<string, string>, roleArn: string) {
  const checked = checkParameters(action, given, roleArn);
  if (!checked.ok) throw AppError.badRequest("Some parameters are not valid for this action.", checked.problems);
  return checked.parameters;
}

function targetOf(action: TContainmentAction, parameters: Record<string, string>, accountId: string): string {
  const first = action.parameters.find((p) => p.source !== undefined && p.source !== "role" && p.source !== "accountId");
  return (first && parameters[first.name]) || `account ${accountId}`;
}

/** The person accountable for a request: the signed-in user, or the owner of the API token it came through. */
export async function requester(tx: Prisma.TransactionClient, actor: TActor) {
  if (actor.kind === "user") return { requestedById: actor.id, requestedByTokenId: null, requestedByLabel: actor.name };
  const token = await tx.apiToken.findUnique({ where: { id: actor.id }, select: { createdById: true, createdBy: { select: { name: true } } } });
  return {
    requestedById: token?.createdById ?? null,
    requestedByTokenId: actor.id,
    requestedByLabel: `${actorLabel(actor)} (${token?.createdBy ? `owned by ${token.createdBy.name}` : "no recorded owner"})`,
  };
}

// ─── Reading ───

/** The incident's containment: proposals from its linked findings, and every request with its approvals and run. */
export async function getContainment(actor: TActor, incidentId: string) {
  assertCan(actor, "containment.read");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  const [findings, requests, stored, lead] = await Promise.all([
    linkedFindingsForContainment(prisma, incidentId),
    prisma.containmentRequest.findMany({ where: { incidentId }, include: REQUEST_DETAIL_INCLUDE, orderBy: { createdAt: "asc" } }),
    readContainmentApprovalPolicy(),
    prisma.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { commanderId: true } }),
  ]);
  return {
    exercise: incident.exercise,
    proposals: proposeForFindings(findings).map((proposal) => ({ ...proposal, action: actionView(findAction(proposal.actionId)!) })),
    requests: requests.map((request) => {
      const action = findAction(request.actionId);
      // The need is decided from the policy in force now, the same one the approval and the worker's check use.
      const need = approvalNeedUnder(stored.policy, action ?? { destructive: true, productionAccess: true });
      const standing = containmentApproverStanding(actor, need, request, request.approvals, isIncidentLead(actor, lead));
      return {
        ...request,
        title: action?.title ?? request.actionId,
        approvalState: standing.state,
        approvalNeed: { ...need, text: describeNeed(need), policyVersion: stored.version },
        viewer: {
          mayApprove: standing.refusal === null && request.status === "awaiting_approval", refusal: standing.refusal ? REFUSAL_SENTENCES[standing.refusal] : null,
          ...lifecycleStanding(actor, action, request, requests, need),
        },
      };
    }),
    viewer: { mayRequest: can(actor, "containment.request") },
  };
}

// ─── Requesting and changing ───

/**
 * Records a request for a catalog action with its parameters, in an account whose role is configured. Everything is
 * checked before anything is written: an unknown action, a parameter outside its pattern or an account with no
 * configured role is a 400 naming the field.
 */
export async function requestContainment(actor: TActor, incidentId: string, input: TCreateContainmentInput) {
  assertCan(actor, "containment.request");
  const data = ZCreateContainmentInput.parse(input);
  const action = executableAction(data.actionId);
  return prisma.$transaction(async (tx) => {
    const incident = await requireVisibleIncident(tx, actor, incidentId);
    const roleArn = await containmentRoleFor(tx, data.accountId);
    if (!roleArn) {
      throw AppError.badRequest(`Account ${data.accountId} has no configured source, so Breachdesk has no role to run containment there.`, [
        { name: "accountId", reason: "has no findings source with a role in that account (add one on the Sources page)" },
      ]);
    }
    if (data.findingId) {
      const linked = await tx.finding.findFirst({ where: { id: data.findingId, incidentId }, select: { id: true } });
      if (!linked) throw AppError.badRequest("The finding is not linked to this incident.", [{ name: "findingId", reason: "is not a finding linked to this incident" }]);
    }
    const parameters = checkedParameters(action, data.parameters, roleArn);
    const runbook = runbookName(action.runbook);
    const requestHash = containmentRequestHash({ runbook, version: action.version, parameters, account: data.accountId, region: data.region, role: roleArn });
    const target = targetOf(action, parameters, data.accountId);
    const created = await tx.containmentRequest.create({
      data: {
        incidentId, findingId: data.findingId ?? null, actionId: action.id, actionVersion: action.version, runbook, target,
        accountId: data.accountId, region: data.region, roleArn, parameters, dryRun: isDryRun(action, parameters), requestHash,
        exercise: incident.exercise, ...(await requester(tx, actor)),
      },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "containment.requested",
      actor,
      payload: {
        requestId: created.id, actionId: action.id, title: action.title, target, runbook, accountId: data.accountId, region: data.region, roleArn,
        parameters, requestHash, exercise: incident.exercise,
      },
    });
    return { id: created.id, requestHash, version: created.version, status: created.status };
  }, TX);
}

/** Changes a request's parameters before it runs: a new hash, so every approval given so far is voided. */
export async function changeContainment(actor: TActor, incidentId: string, requestId: string, input: TChangeContainmentInput) {
  assertCan(actor, "containment.request");
  const data = ZChangeContainmentInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const request = await lockRequest(tx, requestId, incidentId);
    if (!request) throw AppError.notFound("The containment request");
    if (!CHANGEABLE.includes(request.status)) throw AppError.conflict("This request has started; it can no longer be changed.");
    if (request.kind === "release") throw AppError.conflict("A release's parameters come from the request it undoes; they cannot be changed.");
    if (request.version !== data.basedOnVersion) {
      throw AppError.conflict(`The request changed meanwhile (now version ${request.version}); review it again.`, { current: { version: request.version } });
    }
    const action = executableAction(request.actionId);
    const parameters = checkedParameters(action, data.parameters, request.roleArn);
    const requestHash = containmentRequestHash({ runbook: request.runbook, version: action.version, parameters, account: request.accountId, region: request.region, role: request.roleArn });
    const target = targetOf(action, parameters, request.accountId);
    const voided = await tx.containmentApproval.updateMany({
      where: { requestId, voidedAt: null, requestHash: { not: requestHash } },
      data: { voidedAt: new Date(), voidedReason: "The request's parameters changed; approvals apply to exactly what they approved." },
    });
    const changed = await tx.containmentRequest.updateMany({
      where: { id: requestId, version: request.version, status: { in: CHANGEABLE } },
      data: { parameters, requestHash, target, actionVersion: action.version, dryRun: isDryRun(action, parameters), status: "awaiting_approval", version: { increment: 1 } },
    });
    if (changed.count !== 1) throw AppError.conflict("The request changed meanwhile; review it again.");
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "containment.changed",
      actor,
      payload: { requestId, title: action.title, target, parameters, previousHash: request.requestHash, requestHash, voidedApprovals: voided.count },
    });
    return { id: requestId, requestHash, version: request.version + 1, status: "awaiting_approval", voidedApprovals: voided.count };
  }, TX);
}

// ─── Approving ───

/**
 * Approves the exact request the approver read (its hash), after re-confirming their password. A person, not the
 * requester, not twice; what the action's class needs under the approval policy in force (how many people, this
 * incident's lead among them for production access, which roles); the request becomes approved when it is met.
 */
export async function approveContainment(actor: TActor, incidentId: string, requestId: string, input: TApproveContainmentInput, now = new Date()) {
  assertCan(actor, "containment.approve");
  const data = ZApproveContainmentInput.parse(input);
  if (actor.kind !== "user") throw AppError.forbidden(REFUSAL_SENTENCES.not_a_person);
  await confirmPassword(actor.id, data.password, now);
  return prisma.$transaction(async (tx) => {
    // The need is decided now, from the policy in force: held against a concurrent policy change (which takes this lock
    // exclusively, then the requests' rows), taken before the request's row so the two never wait on each other.
    await holdPolicyForApproval(tx);
    await requireVisibleIncident(tx, actor, incidentId);
    const request = await lockRequest(tx, requestId, incidentId);
    if (!request) throw AppError.notFound("The containment request");
    // "The incident's commander" is whoever leads THIS incident, read inside the transaction that records the approval.
    const lead = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { commanderId: true } });
    if (request.status !== "awaiting_approval") throw AppError.conflict(request.status === "approved" ? REFUSAL_SENTENCES.complete : "This request has started; it can no longer be approved.");
    if (request.requestHash !== data.requestHash) throw AppError.conflict("The request changed since you read it; review it again.", { current: { requestHash: request.requestHash } });
    const action = findAction(request.actionId);
    if (!action) throw AppError.conflict("This action is no longer in the catalog.");
    const stored = await readContainmentApprovalPolicy(tx);
    const need = approvalNeedUnder(stored.policy, action);
    const approvals = await tx.containmentApproval.findMany({ where: { requestId }, select: { approverId: true, role: true, requestHash: true, voidedAt: true } });
    const standing = containmentApproverStanding(actor, need, request, approvals, isIncidentLead(actor, lead));
    if (standing.refusal !== null || standing.role === null) {
      const sentence = REFUSAL_SENTENCES[standing.refusal ?? "not_allowed"];
      throw standing.refusal === "already_approved" || standing.refusal === "complete" ? AppError.conflict(sentence) : AppError.forbidden(sentence);
    }
    await tx.containmentApproval.create({ data: { requestId, requestHash: request.requestHash, approverId: actor.id, approverLabel: actor.name, role: standing.role } });
    const after = containmentApprovalState(need, request.requestHash, [...approvals, { approverId: actor.id, role: standing.role, requestHash: request.requestHash, voidedAt: null }]);
    if (after.complete) {
      const approved = await tx.containmentRequest.updateMany({ where: { id: requestId, requestHash: request.requestHash, status: "awaiting_approval" }, data: { status: "approved" } });
      if (approved.count !== 1) throw AppError.conflict("The request changed meanwhile; review it again.");
    }
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "containment.approved",
      actor,
      payload: { requestId, title: action.title, target: request.target, role: standing.role, requestHash: request.requestHash, fullyApproved: after.complete },
    });
    return { role: standing.role, state: after, status: after.complete ? "approved" : "awaiting_approval" };
  }, TX);
}
