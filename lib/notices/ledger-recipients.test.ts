import { describe, expect, it } from "vitest";
import { hasDrift, ledgerAddress, ledgerPersonId, ledgerRecipients, selectionDrift } from "@/lib/notices/ledger-recipients";

const A = "0b7c1a9e-1111-4a2b-8c3d-000000000001";
const B = "0b7c1a9e-1111-4a2b-8c3d-000000000002";
const C = "0b7c1a9e-1111-4a2b-8c3d-000000000003";

describe("ledger recipients", () => {
  it("round-trips a person id through its pseudonymous address, and ignores ordinary addresses", () => {
    expect(ledgerPersonId(ledgerAddress(A))).toBe(A);
    expect(ledgerPersonId("someone@example.com")).toBeNull();
    expect(ledgerPersonId(`person-${A}@ledger.invalid.example.com`)).toBeNull();
  });

  it("lists people in id order whatever order they came in, so the content hash does not depend on it", () => {
    expect(ledgerRecipients([C, A, B], "US-CA")).toEqual(ledgerRecipients([A, B, C], "US-CA"));
    expect(ledgerRecipients([B, A], "US-CA").map((r) => r.address)).toEqual([ledgerAddress(A), ledgerAddress(B)]);
  });

  it("reports people added to or removed from the jurisdiction since the approval, and addresses not from the ledger", () => {
    const approved = ledgerRecipients([A, B], "US-CA");
    expect(hasDrift(selectionDrift(approved, [B, A]))).toBe(false);
    expect(selectionDrift(approved, [A, B, C])).toEqual({ added: 1, removed: 0, notFromLedger: 0 });
    expect(selectionDrift(approved, [A])).toEqual({ added: 0, removed: 1, notFromLedger: 0 });
    expect(selectionDrift([...approved, { address: "x@example.com" }], [A, B])).toEqual({ added: 0, removed: 0, notFromLedger: 1 });
  });
});
