import { describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/policy";
import { approvalNeed, containmentApproverStanding, type TContainmentApprovalRow } from "@/lib/containment/approval-rule";

const person = (id: string, roles: ("commander" | "engineer" | "exec")[]): TActor => ({ kind: "user", id, email: `${id}@x`, name: id, roles });
const HASH = "a".repeat(64);
const approval = (approverId: string, role: string, requestHash = HASH): TContainmentApprovalRow => ({ approverId, role, requestHash, voidedAt: null });

describe("who may approve a containment request", () => {
  const request = { requestHash: HASH, requestedById: "eve" };
  const production = approvalNeed({ destructive: false, productionAccess: true });
  const destructive = approvalNeed({ destructive: true, productionAccess: true });

  it("refuses tokens, executives and the requester; lets another engineer approve a change without production access", () => {
    const plain = approvalNeed({ destructive: false, productionAccess: false });
    expect(containmentApproverStanding({ kind: "token", id: "t", name: "t", roles: ["commander"] }, plain, request, []).refusal).toBe("not_a_person");
    expect(containmentApproverStanding(person("ezra", ["exec"]), plain, request, []).refusal).toBe("not_allowed");
    expect(containmentApproverStanding(person("eve", ["engineer"]), plain, request, []).refusal).toBe("requester");
    expect(containmentApproverStanding(person("eli", ["engineer"]), plain, request, [])).toMatchObject({ refusal: null, role: "engineer" });
  });

  it("keeps the last open approval of a production-access action for a commander", () => {
    expect(containmentApproverStanding(person("eli", ["engineer"]), production, request, []).refusal).toBe("needs_commander");
    expect(containmentApproverStanding(person("casey", ["commander"]), production, request, [])).toMatchObject({ refusal: null, role: "commander" });
    // Two are needed: an engineer may give the first, then only a commander the second.
    expect(containmentApproverStanding(person("eli", ["engineer"]), destructive, request, []).refusal).toBeNull();
    expect(containmentApproverStanding(person("ed", ["engineer"]), destructive, request, [approval("eli", "engineer")]).refusal).toBe("needs_commander");
    expect(containmentApproverStanding(person("casey", ["commander"]), destructive, request, [approval("eli", "engineer")]).state.missing).toBe("1 more approval, from an incident commander");
  });

  it("counts only approvals of the current hash: an approval of changed parameters is not one", () => {
    const stale = { ...approval("casey", "commander", "b".repeat(64)) };
    const standing = containmentApproverStanding(person("cleo", ["commander"]), production, request, [stale]);
    expect(standing.state).toMatchObject({ given: 0, complete: false });
    expect(standing.refusal).toBeNull();
    expect(containmentApproverStanding(person("casey", ["commander"]), destructive, request, [approval("casey", "commander")]).refusal).toBe("already_approved");
  });
});
