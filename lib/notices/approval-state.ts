import { approvableRoles, type TActor, type TApproverRole } from "@/lib/auth/policy";

export type TApprovalRow = { role: string; decision: "approve" | "reject"; contentHash: string; voidedAt: Date | null; approverId: string };

export type TApprovalState = {
  required: TApproverRole[];
  satisfied: TApproverRole[];
  missing: TApproverRole[];
  rejected: boolean;
  fullyApproved: boolean;
};

/**
 * Where one version stands: only approvals that are not voided and carry exactly this version's content hash count.
 * A rejection on the version blocks it until a new version is saved.
 */
export function approvalState(required: readonly TApproverRole[], contentHash: string, approvals: readonly TApprovalRow[]): TApprovalState {
  const valid = approvals.filter((a) => a.voidedAt === null && a.contentHash === contentHash);
  const rejected = valid.some((a) => a.decision === "reject");
  const satisfied = required.filter((role) => valid.some((a) => a.decision === "approve" && a.role === role));
  const missing = required.filter((role) => !satisfied.includes(role));
  return { required: [...required], satisfied, missing, rejected, fullyApproved: !rejected && missing.length === 0 && required.length > 0 };
}

/** Why an actor may not decide on a version; `null` when they may, as one of `roles`. */
export type TApprovalRefusal = "not_a_person" | "drafter" | "already_decided" | "rejected" | "no_open_role";

export type TApproverStanding = { state: TApprovalState; roles: TApproverRole[]; refusal: TApprovalRefusal | null };

/**
 * Who may still approve (or reject) this version, and as which roles: a person (not a token) who did not draft it,
 * has not decided on it yet, while it is not rejected, holding a required role nobody has satisfied. The notice
 * page, the review queue and the decision itself all ask this one function, so they cannot disagree.
 * `approvals` are every approval row of this version, voided ones included (a voided decision is still a decision).
 */
export function approverStanding(
  actor: TActor,
  required: readonly TApproverRole[],
  version: { authorId: string | null; contentHash: string },
  approvals: readonly TApprovalRow[],
): TApproverStanding {
  const state = approvalState(required, version.contentHash, approvals);
  const refused = (refusal: TApprovalRefusal): TApproverStanding => ({ state, roles: [], refusal });
  if (actor.kind !== "user") return refused("not_a_person");
  if (version.authorId === actor.id) return refused("drafter");
  if (approvals.some((a) => a.approverId === actor.id)) return refused("already_decided");
  if (state.rejected) return refused("rejected");
  const roles = approvableRoles(actor, required, state.satisfied);
  return roles.length ? { state, roles, refusal: null } : refused("no_open_role");
}
