import { describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/policy";
import type { TRole } from "@/lib/auth/roles";
import { approvalState, approverStanding, type TApprovalRow } from "./approval-state";

const row = (role: string, decision: "approve" | "reject" = "approve", extra: Partial<TApprovalRow> = {}): TApprovalRow => ({
  role, decision, contentHash: "h1", voidedAt: null, approverId: `${role}-user`, ...extra,
});

describe("approvalState", () => {
  it("is fully approved only when every required role approved this exact hash", () => {
    expect(approvalState(["legal", "comms"], "h1", [row("legal")]).fullyApproved).toBe(false);
    expect(approvalState(["legal", "comms"], "h1", [row("legal"), row("comms")]).fullyApproved).toBe(true);
  });

  it("ignores voided approvals and approvals of another hash", () => {
    const state = approvalState(["legal"], "h1", [row("legal", "approve", { voidedAt: new Date() }), row("legal", "approve", { contentHash: "h0" })]);
    expect(state).toMatchObject({ fullyApproved: false, missing: ["legal"] });
  });

  it("blocks a rejected version", () => {
    expect(approvalState(["legal", "comms"], "h1", [row("legal"), row("comms", "reject")])).toMatchObject({ rejected: true, fullyApproved: false });
  });
});

describe("approverStanding: who may still decide on a version", () => {
  const person = (id: string, roles: TRole[]): TActor => ({ kind: "user", id, email: `${id}@example.org`, name: id, roles });
  const version = { authorId: "drafter", authorTokenId: null, contentHash: "h1" };

  it("offers a reviewer every required role they hold that nobody has given yet", () => {
    const both = person("lee", ["legal", "comms"]);
    expect(approverStanding(both, ["legal", "comms"], version, [])).toMatchObject({ refusal: null, roles: ["legal", "comms"] });
    expect(approverStanding(both, ["legal", "comms"], version, [row("legal")])).toMatchObject({ refusal: null, roles: ["comms"] });
  });

  it("refuses the version's drafter, even holding a required role", () => {
    expect(approverStanding(person("drafter", ["legal"]), ["legal"], version, [])).toMatchObject({ refusal: "drafter", roles: [] });
  });

  it("refuses the owner of the API token a version was saved through, as its drafter", () => {
    const throughToken = { authorId: "owner", authorTokenId: "t1", contentHash: "h1" };
    expect(approverStanding(person("owner", ["admin", "legal"]), ["legal"], throughToken, [])).toMatchObject({ refusal: "drafter", roles: [] });
    expect(approverStanding(person("other-admin", ["admin", "legal"]), ["legal"], throughToken, [])).toMatchObject({ refusal: null, roles: ["legal"] });
  });

  it("refuses every administrator on a version saved through a token with no recorded owner, and no one else", () => {
    const ownerless = { authorId: null, authorTokenId: "t1", contentHash: "h1" };
    expect(approverStanding(person("ada", ["admin", "legal"]), ["legal"], ownerless, [])).toMatchObject({ refusal: "ownerless_token_drafter", roles: [] });
    expect(approverStanding(person("lee", ["legal"]), ["legal"], ownerless, [])).toMatchObject({ refusal: null, roles: ["legal"] });
  });

  it("refuses a reviewer who already decided on this version, even by a decision since voided", () => {
    const decided = row("legal", "approve", { approverId: "lee", voidedAt: new Date() });
    expect(approverStanding(person("lee", ["legal", "comms"]), ["legal", "comms"], version, [decided])).toMatchObject({ refusal: "already_decided", roles: [] });
  });

  it("refuses everyone on a rejected version", () => {
    expect(approverStanding(person("cam", ["comms"]), ["legal", "comms"], version, [row("legal", "reject")])).toMatchObject({ refusal: "rejected", roles: [] });
  });

  it("refuses a reviewer whose roles are not required or already given, and anyone without the approve permission", () => {
    expect(approverStanding(person("lee", ["legal"]), ["legal"], version, [row("legal")])).toMatchObject({ refusal: "no_open_role", roles: [] });
    expect(approverStanding(person("ed", ["engineer"]), ["legal"], version, [])).toMatchObject({ refusal: "no_open_role", roles: [] });
  });

  it("refuses API tokens: notices are approved by people", () => {
    const token: TActor = { kind: "token", id: "t1", name: "SOAR", roles: ["legal"] };
    expect(approverStanding(token, ["legal"], version, [])).toMatchObject({ refusal: "not_a_person", roles: [] });
  });

  it("reports where the version stands, whatever the answer", () => {
    expect(approverStanding(person("drafter", ["legal"]), ["legal", "comms"], version, [row("comms")]).state).toMatchObject({ satisfied: ["comms"], missing: ["legal"] });
  });
});
