import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { can, type TActor } from "@/lib/auth/policy";
import type { TContainmentAction } from "@/lib/containment/catalog";
import { approvalNeedUnder, CONTAINMENT_APPROVAL_DEFAULTS, type TApprovalNeed, type TContainmentApproverRole } from "@/lib/containment/approval-policy-rules";

/**
 * Who must approve a containment request, the same idea as a notice's approval state (approvals count only while
 * they carry the exact hash of what will run; a change voids them), with the need the containment approval policy
 * gives the action's class (lib/containment/approval-policy-rules.ts): how many people, whether the incident's
 * commander must be among them, which roles may give the others. "The incident's commander" is whoever leads THIS
 * incident (isIncidentLead: its commander, or an administrator standing in), never anyone holding the global
 * commander role. Pure: the service, the page, the policy's re-decision and the worker's last check all ask these
 * functions, so they cannot disagree.
 */
export type { TApprovalNeed } from "@/lib/containment/approval-policy-rules";

/** The safe-default need of an action (the policy's defaults); the service uses the policy in force. */
export function approvalNeed(action: Pick<TContainmentAction, "destructive" | "productionAccess">): TApprovalNeed {
  return approvalNeedUnder(CONTAINMENT_APPROVAL_DEFAULTS, action);
}

/** The role an approval by the incident's lead is recorded with: what makes it the commander's approval. */
export const INCIDENT_COMMANDER_ROLE = "incident_commander";

/** The role an approval counted as, in words: "the incident's commander", "an engineer". Never the stored token. */
export function approvalRoleWords(role: string): string {
  if (role === INCIDENT_COMMANDER_ROLE) return "the incident's commander";
  const label = isRole(role) ? ROLE_LABELS[role].toLowerCase() : role.replace(/_/g, " ");
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
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
  const commanderGiven = valid.some((a) => a.role === INCIDENT_COMMANDER_ROLE);
  const complete = given >= need.approvals && (!need.commander || commanderGiven);
  const left = Math.max(need.approvals - given, need.commander && !commanderGiven ? 1 : 0);
  const missing = complete ? null : `${left} more approval${left === 1 ? "" : "s"}${need.commander && !commanderGiven ? ", from the incident's commander" : ""}`;
  return { need, given, commanderGiven, complete, missing };
}

export type TContainmentRefusal = "not_a_person" | "not_allowed" | "requester" | "already_approved" | "complete" | "needs_commander" | "role_not_allowed";

export type TContainmentApprovalRole = typeof INCIDENT_COMMANDER_ROLE | TContainmentApproverRole;
export type TContainmentStanding = { state: TContainmentApprovalState; role: TContainmentApprovalRole | null; refusal: TContainmentRefusal | null };

/** Why this actor may not approve this hash of the request now, or the role their approval counts as. */
export function containmentApproverStanding(
  actor: TActor,
  need: TApprovalNeed,
  request: { requestHash: string; requestedById: string | null },
  approvals: readonly TContainmentApprovalRow[],
  /** Whether the actor leads this incident (isIncidentLead, lib/auth/incident-access.ts): the service decides it. */
  leadsIncident: boolean,
): TContainmentStanding {
  const state = containmentApprovalState(need, request.requestHash, approvals);
  const refused = (refusal: TContainmentRefusal): TContainmentStanding => ({ state, role: null, refusal });
  if (actor.kind !== "user") return refused("not_a_person");
  if (!can(actor, "containment.approve")) return refused("not_allowed");
  if (request.requestedById === actor.id) return refused("requester");
  if (approvals.some((a) => a.voidedAt === null && a.requestHash === request.requestHash && a.approverId === actor.id)) return refused("already_approved");
  if (state.complete) return refused("complete");
  // The incident's lead may always approve; anyone else only in a role the policy allows for this class.
  const role: TContainmentApprovalRole | undefined = leadsIncident ? INCIDENT_COMMANDER_ROLE : need.roles.find((r) => actor.roles.includes(r));
  // The last approval still open must be the incident commander's when they have not approved yet.
  const openSlots = need.approvals - state.given;
  if (need.commander && !state.commanderGiven && role !== INCIDENT_COMMANDER_ROLE && openSlots <= 1) return refused("needs_commander");
  if (!role) return refused("role_not_allowed");
  return { state, role, refusal: null };
}

export const REFUSAL_SENTENCES: Record<TContainmentRefusal, string> = {
  not_a_person: "Containment actions are approved by people: API tokens cannot approve.",
  not_allowed: "Only incident commanders and engineers can approve containment actions.",
  requester: "You requested this action (yourself or through your API token), so someone else must approve it.",
  already_approved: "You have already approved this request; another approval must come from a different person.",
  complete: "This request already has every approval it needs.",
  needs_commander: "This action changes production access: the incident's commander must approve it (holding the commander role elsewhere is not enough).",
  role_not_allowed: "The containment approval policy does not let your role approve this class of action.",
};
