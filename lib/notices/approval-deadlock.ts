import { APPROVER_ROLE_LABELS, ROLE_LABELS, type TRole } from "@/lib/auth/roles";
import type { TApproverRole } from "@/lib/auth/policy";

/** An active person who might approve: their roles, and whether they can see the incident (need-to-know). */
export type TApproverCandidate = { id: string; roles: readonly string[]; seesIncident: boolean };

/**
 * Why nobody can give a required approval on a version:
 * - `nobody_holds_role`: no active person has the role at all;
 * - `only_drafter`: the version's drafter is the only one who has it, and a drafter may not approve their own text;
 * - `cannot_see`: the others who have it are not members of this need-to-know incident;
 * - `all_decided`: everyone else who has it has already decided on this version (as another role);
 * - `too_few_people`: each role has someone, but the roles need different people and there are not enough.
 */
export type TDeadlockReason = "nobody_holds_role" | "only_drafter" | "cannot_see" | "all_decided" | "too_few_people";
export type TApprovalDeadlock = { role: TApproverRole; reason: TDeadlockReason };

export type TDeadlockInput = {
  /** Required roles not yet satisfied on the latest version. */
  missing: readonly TApproverRole[];
  /** A rejected version needs a new version, not an approver: that is not a deadlock. */
  rejected: boolean;
  drafterId: string | null;
  /** Everyone who decided on this version, voided decisions included (approverStanding refuses them all). */
  decidedIds: readonly string[];
  candidates: readonly TApproverCandidate[];
};

/**
 * The required approvals nobody can give, by the same rule approverStanding applies to each person (a person, not
 * the drafter, not decided yet, holding the role, seeing the incident), and across roles: one person gives one
 * approval per version, so the missing roles need that many different people (a matching, found by augmenting paths).
 */
export function approvalDeadlocks(input: TDeadlockInput): TApprovalDeadlock[] {
  if (input.rejected || input.missing.length === 0) return [];
  const holders = (role: string) => input.candidates.filter((c) => c.roles.includes(role));
  const eligible = new Map(
    input.missing.map((role) => [role, holders(role).filter((c) => c.seesIncident && c.id !== input.drafterId && !input.decidedIds.includes(c.id)).map((c) => c.id)]),
  );
  const stuck: TApprovalDeadlock[] = [];
  for (const role of input.missing) {
    if (eligible.get(role)!.length > 0) continue;
    const all = holders(role);
    const others = all.filter((c) => c.id !== input.drafterId);
    const reason: TDeadlockReason =
      all.length === 0 ? "nobody_holds_role" : others.length === 0 ? "only_drafter" : others.every((c) => !c.seesIncident || input.decidedIds.includes(c.id)) && others.some((c) => !c.seesIncident) ? "cannot_see" : "all_decided";
    stuck.push({ role, reason });
  }
  if (stuck.length) return stuck;
  const unmatched = unmatchedRoles(input.missing, eligible);
  return unmatched.map((role) => ({ role, reason: "too_few_people" }));
}

/** Roles left without a distinct person in a maximum matching of roles to people. */
function unmatchedRoles(roles: readonly TApproverRole[], eligible: ReadonlyMap<TApproverRole, string[]>): TApproverRole[] {
  const personRole = new Map<string, TApproverRole>();
  const assign = (role: TApproverRole, seen: Set<string>): boolean => {
    for (const person of eligible.get(role) ?? []) {
      if (seen.has(person)) continue;
      seen.add(person);
      const holder = personRole.get(person);
      if (holder === undefined || assign(holder, seen)) {
        personRole.set(person, role);
        return true;
      }
    }
    return false;
  };
  return roles.filter((role) => !assign(role, new Set()));
}

/** What to tell people about one stuck approval, and what an administrator can do about it. */
export function deadlockMessage(deadlock: TApprovalDeadlock): string {
  const approval = `the ${APPROVER_ROLE_LABELS[deadlock.role] ?? deadlock.role} approval`;
  const role = `the ${ROLE_LABELS[deadlock.role as TRole] ?? deadlock.role} role`;
  switch (deadlock.reason) {
    case "nobody_holds_role":
      return `No one can give ${approval}: nobody active has ${role}. An administrator must give ${role} to someone.`;
    case "only_drafter":
      return `No one but the drafter can give ${approval}: an administrator must give ${role} to another person.`;
    case "cannot_see":
      return `No one who can see this need-to-know incident, other than the drafter, can give ${approval}: its commander or an administrator must add a person with ${role} as a member, or an administrator must give ${role} to a member.`;
    case "all_decided":
      return `Everyone else with ${role} has already decided on this version, so no one can give ${approval}: an administrator must give ${role} to another person.`;
    case "too_few_people":
      return `The approvals still needed must come from different people, and there are not enough of them for ${approval}: an administrator must give ${role} to another person.`;
  }
}
