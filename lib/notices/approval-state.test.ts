import { describe, expect, it } from "vitest";
import { approvalState, type TApprovalRow } from "./approval-state";

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
