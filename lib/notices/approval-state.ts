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
export type TApprovalRefusal = "not_a_person" | "drafter" | "ownerless_token_drafter" | "already_decided" | "rejected" | "no_open_role";

/**
 * Who a version's text comes from: `authorId` is the accountable person (the signed-in drafter, or the owner of the
 * API token it was saved through); `authorTokenId` is set for a version saved through a token.
 */
export type TVersionAuthorship = { authorId: string | null; authorTokenId: string | null };

export type TApproverStanding = { state: TApprovalState; roles: TApproverRole[]; refusal: TApprovalRefusal | null };

/**
 * Who may still approve (or reject) this version, and as which roles: a person (not a token) who did not draft it,
 * has not decided on it yet, while it is not rejected, holding a required role nobody has satisfied. The notice
 * page, the review queue and the decision itself all ask this one function, so they cannot disagree.
 * A version saved through an API token is drafted by the token's owner. A token with no recorded owner (made with
 * the admin CLI, or by another token) could be any administrator's, so no administrator may approve its versions.
 * `approvals` are every approval row of this version, voided ones included (a voided decision is still a decision).
 */
export function approverStanding(
  actor: TActor,
  required: readonly TApproverRole[],
  version: TVersionAuthorship & { contentHash: string },
  approvals: readonly TApprovalRow[],
): TApproverStanding {
  const state = approvalState(required, version.contentHash, approvals);
  const refused = (refusal: TApprovalRefusal): TApproverStanding => ({ state, roles: [], refusal });
  if (actor.kind !== "user") return refused("not_a_person");
  if (version.authorId === actor.id) return refused("drafter");
  if (version.authorTokenId !== null && version.authorId === null && actor.roles.includes("admin")) return refused("ownerless_token_drafter");
  if (approvals.some((a) => a.approverId === actor.id)) return refused("already_decided");
  if (state.rejected) return refused("rejected");
  const roles = approvableRoles(actor, required, state.satisfied);
  return roles.length ? { state, roles, refusal: null } : refused("no_open_role");
}
