import { describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/policy";
import { approvalNeed, containmentApproverStanding, INCIDENT_COMMANDER_ROLE, type TContainmentApprovalRow } from "@/lib/containment/approval-rule";
import {
  approvalNeedUnder,
  CONTAINMENT_APPROVAL_DEFAULTS,
  describeNeed,
  ZContainmentApprovalPolicy,
  type TContainmentApprovalPolicy,
} from "@/lib/containment/approval-policy-rules";

const person = (id: string, roles: ("commander" | "engineer" | "exec")[]): TActor => ({ kind: "user", id, email: `${id}@x`, name: id, roles });
const HASH = "a".repeat(64);
const approval = (approverId: string, role: string, requestHash = HASH): TContainmentApprovalRow => ({ approverId, role, requestHash, voidedAt: null });

describe("who may approve a containment request", () => {
  const request = { requestHash: HASH, requestedById: "eve" };
  const production = approvalNeed({ destructive: false, productionAccess: true });
  const destructive = approvalNeed({ destructive: true, productionAccess: true });

  // casey leads this incident; cleo holds the commander role but leads another one.
  const stand = (actor: TActor, need: ReturnType<typeof approvalNeed>, approvals: TContainmentApprovalRow[] = []) =>
    containmentApproverStanding(actor, need, request, approvals, actor.kind === "user" && actor.id === "casey");

  it("refuses tokens, executives and the requester; lets another engineer approve a change without production access", () => {
    const plain = approvalNeed({ destructive: false, productionAccess: false });
    expect(stand({ kind: "token", id: "t", name: "t", roles: ["commander"] }, plain).refusal).toBe("not_a_person");
    expect(stand(person("ezra", ["exec"]), plain).refusal).toBe("not_allowed");
    expect(stand(person("eve", ["engineer"]), plain).refusal).toBe("requester");
    expect(stand(person("eli", ["engineer"]), plain)).toMatchObject({ refusal: null, role: "engineer" });
  });

  it("keeps the last open approval of a production-access action for this incident's commander, not any commander", () => {
    expect(stand(person("eli", ["engineer"]), production).refusal).toBe("needs_commander");
    expect(stand(person("cleo", ["commander"]), production).refusal).toBe("needs_commander");
    expect(stand(person("casey", ["commander"]), production)).toMatchObject({ refusal: null, role: INCIDENT_COMMANDER_ROLE });
    // Two are needed: an engineer may give the first, then only the incident's commander the second.
    expect(stand(person("eli", ["engineer"]), destructive).refusal).toBeNull();
    expect(stand(person("ed", ["engineer"]), destructive, [approval("eli", "engineer")]).refusal).toBe("needs_commander");
    expect(stand(person("cleo", ["commander"]), destructive, [approval("eli", "engineer")]).refusal).toBe("needs_commander");
    expect(stand(person("casey", ["commander"]), destructive, [approval("eli", "engineer")]).state.missing).toBe("1 more approval, from the incident's commander");
    // An approval recorded with the global commander role is not the incident commander's.
    expect(stand(person("ed", ["engineer"]), production, [approval("cleo", "commander")]).state).toMatchObject({ given: 1, commanderGiven: false, complete: false });
  });

  it("counts only approvals of the current hash: an approval of changed parameters is not one", () => {
    const stale = { ...approval("casey", INCIDENT_COMMANDER_ROLE, "b".repeat(64)) };
    const standing = stand(person("casey", ["commander"]), production, [stale]);
    expect(standing.state).toMatchObject({ given: 0, complete: false });
    expect(standing.refusal).toBeNull();
    expect(stand(person("casey", ["commander"]), destructive, [approval("casey", INCIDENT_COMMANDER_ROLE)]).refusal).toBe("already_approved");
  });
});

describe("the containment approval policy", () => {
  const request = { requestHash: HASH, requestedById: "eve" };
  const plainAction = { destructive: false, productionAccess: false };
  const productionAction = { destructive: false, productionAccess: true };
  const both = { destructive: true, productionAccess: true };
  const policy = (change: Partial<TContainmentApprovalPolicy>): TContainmentApprovalPolicy => ({ ...structuredClone(CONTAINMENT_APPROVAL_DEFAULTS), ...change });

  it("has safe defaults: one approval, the incident's commander for production access, two people for destructive", () => {
    expect(approvalNeedUnder(CONTAINMENT_APPROVAL_DEFAULTS, plainAction)).toMatchObject({ actionClass: "ordinary", approvals: 1, commander: false });
    expect(approvalNeedUnder(CONTAINMENT_APPROVAL_DEFAULTS, productionAction)).toMatchObject({ actionClass: "production_access", approvals: 1, commander: true });
    expect(approvalNeedUnder(CONTAINMENT_APPROVAL_DEFAULTS, both)).toMatchObject({ actionClass: "destructive", approvals: 2, commander: true });
    expect(describeNeed(approvalNeedUnder(CONTAINMENT_APPROVAL_DEFAULTS, both))).toBe("2 approvals from different people, the incident's commander among them; the others by commanders or engineers");
  });

  it("takes the strictest of an action's classes: most approvals, the commander if any asks, only roles all allow", () => {
    const strict = policy({ ordinary: { approvals: 3, commander: false, roles: ["engineer"] }, destructive: { approvals: 2, commander: false, roles: ["commander", "engineer"] } });
    expect(approvalNeedUnder(strict, both)).toMatchObject({ approvals: 3, commander: true, roles: ["engineer"] });
  });

  it("applies the floors even to a stored policy that lowered them", () => {
    const lowered = policy({ production_access: { approvals: 1, commander: false, roles: ["engineer"] }, destructive: { approvals: 1, commander: false, roles: ["engineer"] } });
    expect(approvalNeedUnder(lowered, both)).toMatchObject({ approvals: 2, commander: true });
  });

  it("refuses a policy that lowers a floor, naming the field; accepts a stricter one", () => {
    const problems = (value: unknown) => ZContainmentApprovalPolicy.safeParse(value).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(problems(policy({ production_access: { approvals: 2, commander: false, roles: ["commander"] } }))).toEqual(["production_access.commander"]);
    expect(problems(policy({ destructive: { approvals: 1, commander: true, roles: ["commander"] } }))).toEqual(["destructive.approvals"]);
    expect(problems(policy({ production_access: { approvals: 1, commander: true, roles: ["commander"] }, destructive: { approvals: 2, commander: false, roles: ["engineer"] } }))).toEqual(["destructive.roles"]);
    expect(problems(policy({ ordinary: { approvals: 4, commander: false, roles: [] } } as never))).toEqual(["ordinary.approvals", "ordinary.roles"]);
    expect(problems(policy({ ordinary: { approvals: 2, commander: true, roles: ["commander"] } }))).toEqual([]);
  });

  it("lets only the policy's roles give the approvals other than the commander's", () => {
    const commandersOnly = policy({ ordinary: { approvals: 1, commander: false, roles: ["commander"] } });
    const need = approvalNeedUnder(commandersOnly, plainAction);
    expect(containmentApproverStanding(person("eli", ["engineer"]), need, request, [], false).refusal).toBe("role_not_allowed");
    expect(containmentApproverStanding(person("cleo", ["commander"]), need, request, [], false)).toMatchObject({ refusal: null, role: "commander" });
    // The incident's lead may always approve.
    expect(containmentApproverStanding(person("lee", ["engineer"]), need, request, [], true)).toMatchObject({ refusal: null, role: INCIDENT_COMMANDER_ROLE });
  });

  it("counts an approval already given under a laxer policy, but a stricter one needs more before it is complete", () => {
    const given = [approval("casey", INCIDENT_COMMANDER_ROLE)];
    const lax = approvalNeedUnder(CONTAINMENT_APPROVAL_DEFAULTS, productionAction);
    const strict = approvalNeedUnder(policy({ production_access: { approvals: 2, commander: true, roles: ["commander", "engineer"] } }), productionAction);
    expect(containmentApproverStanding(person("eli", ["engineer"]), lax, request, given, false).state.complete).toBe(true);
    const standing = containmentApproverStanding(person("eli", ["engineer"]), strict, request, given, false);
    expect(standing.state).toMatchObject({ given: 1, complete: false, missing: "1 more approval" });
    expect(standing.refusal).toBeNull();
  });
});

describe("an approval's role in words", () => {
  it("names the incident's commander and the roles, never the stored token", async () => {
    const { approvalRoleWords } = await import("@/lib/containment/approval-rule");
    expect(approvalRoleWords("incident_commander")).toBe("the incident's commander");
    expect(approvalRoleWords("engineer")).toBe("an engineer");
    expect(approvalRoleWords("commander")).toBe("an incident commander");
  });
});
