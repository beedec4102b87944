import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { APPROVER_ROLES, type TActor, type TApproverRole } from "@/lib/auth/policy";
import type { TRole } from "@/lib/auth/roles";
import { approvalDeadlocks, deadlockMessage, type TApproverCandidate } from "./approval-deadlock";
import { approvalState, approverStanding, type TApprovalRow } from "./approval-state";

const person = (id: string, roles: TRole[], seesIncident = true): TApproverCandidate => ({ id, roles, seesIncident });
const base = { rejected: false, drafterId: "cam", decidedIds: [] as string[] };

describe("approvalDeadlocks", () => {
  it("says when the drafter is the only person with a required role", () => {
    const candidates = [person("cam", ["comms"]), person("lee", ["legal"])];
    expect(approvalDeadlocks({ ...base, missing: ["legal", "comms"], candidates })).toEqual([{ role: "comms", reason: "only_drafter" }]);
  });

  it("says when nobody has the role at all", () => {
    expect(approvalDeadlocks({ ...base, missing: ["legal", "exec"], candidates: [person("lee", ["legal"])] })).toEqual([{ role: "exec", reason: "nobody_holds_role" }]);
  });

  it("says when the only others with the role cannot see a need-to-know incident", () => {
    const candidates = [person("cam", ["comms"]), person("cat", ["comms"], false)];
    expect(approvalDeadlocks({ ...base, missing: ["comms"], candidates })).toEqual([{ role: "comms", reason: "cannot_see" }]);
  });

  it("says when everyone else with the role has already decided on this version as another role", () => {
    const candidates = [person("cam", ["comms"]), person("pat", ["legal", "comms"])];
    expect(approvalDeadlocks({ ...base, missing: ["comms"], decidedIds: ["pat"], candidates })).toEqual([{ role: "comms", reason: "all_decided" }]);
  });

  it("says when two roles need two people but only one person can give either", () => {
    const candidates = [person("cam", ["comms"]), person("pat", ["legal", "comms"])];
    expect(approvalDeadlocks({ ...base, missing: ["legal", "comms"], candidates })).toEqual([{ role: "comms", reason: "too_few_people" }]);
  });

  it("finds a way when people can be matched to roles, even if the first choice would block", () => {
    // pat could give either; lee only legal: pat must give comms.
    const candidates = [person("pat", ["legal", "comms"]), person("lee", ["legal"])];
    expect(approvalDeadlocks({ ...base, missing: ["legal", "comms"], candidates })).toEqual([]);
  });

  it("is not a deadlock when the version was rejected or nothing is missing", () => {
    expect(approvalDeadlocks({ ...base, rejected: true, missing: ["comms"], candidates: [] })).toEqual([]);
    expect(approvalDeadlocks({ ...base, missing: [], candidates: [] })).toEqual([]);
  });

  it("tells an administrator what to do, in words", () => {
    expect(deadlockMessage({ role: "comms", reason: "only_drafter" })).toBe(
      "No one but the drafter can give the Communications approval: an administrator must give the Communications role to another person.",
    );
  });
});

describe("approvalDeadlocks agrees with approverStanding", () => {
  const ids = ["a", "b", "c", "d"];
  const roles = fc.subarray([...APPROVER_ROLES, "admin", "engineer"] as TRole[]);
  const candidate = fc.record({ roles, seesIncident: fc.boolean() });

  it("a role is stuck (for want of a person) exactly when no person who sees the incident may give it", () => {
    fc.assert(
      fc.property(
        fc.tuple(...ids.map(() => candidate)),
        fc.subarray([...APPROVER_ROLES], { minLength: 1 }),
        fc.constantFrom(...ids, null),
        fc.array(fc.record({ who: fc.constantFrom(...ids), role: fc.constantFrom(...APPROVER_ROLES), voided: fc.boolean() }), { maxLength: 3 }),
        (people, required, drafterId, decisions) => {
          const candidates = people.map((p, i) => ({ id: ids[i]!, ...p }));
          const rows: TApprovalRow[] = decisions.map((d) => ({ role: d.role, decision: "approve", contentHash: "h", voidedAt: d.voided ? new Date() : null, approverId: d.who }));
          const state = approvalState(required as TApproverRole[], "h", rows);
          const stuck = approvalDeadlocks({ missing: state.missing, rejected: state.rejected, drafterId, decidedIds: rows.map((r) => r.approverId), candidates });
          for (const role of state.missing) {
            const someoneMay = candidates.some((c) => {
              const actor: TActor = { kind: "user", id: c.id, email: `${c.id}@x.org`, name: c.id, roles: c.roles as TRole[] };
              return c.seesIncident && approverStanding(actor, required as TApproverRole[], { authorId: drafterId, authorTokenId: null, contentHash: "h" }, rows).roles.includes(role);
            });
            const stuckForWant = stuck.some((s) => s.role === role && s.reason !== "too_few_people");
            expect(stuckForWant).toBe(!someoneMay);
          }
        },
      ),
    );
  });
});
