import { can, type TActor } from "@/lib/auth/policy";
import type { TContainmentAction } from "@/lib/containment/catalog";

/**
 * Who must approve a containment request, the same idea as a notice's approval state (approvals count only while
 * they carry the exact hash of what will run; a change voids them), with the action's own rule: one approval, two
 * different people for a destructive action, and an incident commander among them for any change to production
 * access. Pure: the service, the page and the decision all ask these functions, so they cannot disagree.
 */
export type TApprovalNeed = { approvals: 1 | 2; commander: boolean };

export function approvalNeed(action: Pick<TContainmentAction, "destructive" | "productionAccess">): TApprovalNeed {
  return { approvals: action.destructive ? 2 : 1, commander: action.productionAccess };
}

export type TContainmentApprovalRow = { approverId: string; role: string; requestHash: string; voidedAt: Date | null };

export type TContainmentApprovalState = {
  need: TApprovalNeed;
  /** Approvals that count: not voided, and of this exact hash. */
  given: number;
  commanderGiven: boolean;
  complete: boolean;
  /** What is still missing, in words ("1 more approval, from an incident commander"). */
  missing: string | null;
};

export function containmentApprovalState(need: TApprovalNeed, requestHash: string, approvals: readonly TContainmentApprovalRow[]): TContainmentApprovalState {
  const valid = approvals.filter((a) => a.voidedAt === null && a.requestHash === requestHash);
  const given = valid.length;
  const commanderGiven = valid.some((a) => a.role === "commander");
  const complete = given >= need.approvals && (!need.commander || commanderGiven);
  const left = Math.max(need.approvals - given, need.commander && !commanderGiven ? 1 : 0);
  const missing = complete ? null : `${left} more approval${left === 1 ? "" : "s"}${need.commander && !commanderGiven ? ", from an incident commander" : ""}`;
  return { need, given, commanderGiven, complete, missing };
}

export type TContainmentRefusal = "not_a_person" | "not_allowed" | "requester" | "already_approved" | "complete" | "needs_commander";

export type TContainmentStanding = { state: TContainmentApprovalState; role: "commander" | "engineer" | null; refusal: TContainmentRefusal | null };

/** Why this actor may not approve this hash of the request now, or the role their approval counts as. */
export function containmentApproverStanding(
  actor: TActor,
  need: TApprovalNeed,
  request: { requestHash: string; requestedById: string | null },
  approvals: readonly TContainmentApprovalRow[],
): TContainmentStanding {
  const state = containmentApprovalState(need, request.requestHash, approvals);
  const refused = (refusal: TContainmentRefusal): TContainmentStanding => ({ state, role: null, refusal });
  if (actor.kind !== "user") return refused("not_a_person");
  if (!can(actor, "containment.approve")) return refused("not_allowed");
  if (request.requestedById === actor.id) return refused("requester");
  if (approvals.some((a) => a.voidedAt === null && a.requestHash === request.requestHash && a.approverId === actor.id)) return refused("already_approved");
  if (state.complete) return refused("complete");
  const role = actor.roles.includes("commander") ? "commander" : "engineer";
  // The last approval still open must be the commander's when no commander has approved yet.
  const openSlots = need.approvals - state.given;
  if (need.commander && !state.commanderGiven && role !== "commander" && openSlots <= 1) return refused("needs_commander");
  return { state, role, refusal: null };
}

export const REFUSAL_SENTENCES: Record<TContainmentRefusal, string> = {
  not_a_person: "Containment actions are approved by people: API tokens cannot approve.",
  not_allowed: "Only incident commanders and engineers can approve containment actions.",
  requester: "You requested this action (yourself or through your API token), so someone else must approve it.",
  already_approved: "You have already approved this request; a destructive action needs a second, different person.",
  complete: "This request already has every approval it needs.",
  needs_commander: "This action changes production access: an incident commander must approve it.",
};
