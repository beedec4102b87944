import type { TApproverRole } from "@/lib/auth/policy";

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
