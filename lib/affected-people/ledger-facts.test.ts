import { describe, expect, it } from "vitest";
import type { TStoredFacts } from "@/lib/incident-facts/schemas";
import { ledgerFacts, type TLedgerCounts } from "@/lib/affected-people/ledger-facts";

const facts: TStoredFacts = {
  incident: { personalData: "yes", dataCategories: ["name"] },
  affected: [{ jurisdiction: "GB", count: 12 }, { jurisdiction: "US-CA", count: 3 }, { jurisdiction: "US-OR", count: 7, dataCategories: ["health"] }],
};
const counts: TLedgerCounts = {
  total: 405,
  unresolved: 0,
  byJurisdiction: [{ jurisdiction: "US-CA", people: 400, dataCategories: ["name", "national_id_number"] }, { jurisdiction: "US-TX", people: 5, dataCategories: ["name"] }],
  dataCategories: ["name", "national_id_number"],
};

describe("the ledger's counts in the facts", () => {
  it("replaces the counts of the jurisdictions the ledger covers and keeps the others typed by hand", () => {
    expect(ledgerFacts(facts, counts).affected).toEqual([
      { jurisdiction: "GB", count: 12 },
      { jurisdiction: "US-OR", count: 7, dataCategories: ["health"] },
      { jurisdiction: "US-CA", count: 400, dataCategories: ["name", "national_id_number"] },
      { jurisdiction: "US-TX", count: 5, dataCategories: ["name"] },
    ]);
  });

  it("lets an override win over the ledger's count, keeping the ledger's categories", () => {
    const affected = ledgerFacts(facts, counts, [{ jurisdiction: "US-CA", count: 600 }]).affected;
    expect(affected.find((a) => a.jurisdiction === "US-CA")).toEqual({ jurisdiction: "US-CA", count: 600, dataCategories: ["name", "national_id_number"] });
    expect(affected.find((a) => a.jurisdiction === "US-TX")?.count).toBe(5);
  });

  it("keeps an override where the ledger has nobody any more (people moved in a later import), with the categories typed before", () => {
    const affected = ledgerFacts(facts, counts, [{ jurisdiction: "US-OR", count: 9 }]).affected;
    expect(affected.filter((a) => a.jurisdiction === "US-OR")).toEqual([{ jurisdiction: "US-OR", count: 9, dataCategories: ["health"] }]);
    expect(ledgerFacts(facts, counts, [{ jurisdiction: "US-NV", count: 2 }]).affected.find((a) => a.jurisdiction === "US-NV")).toEqual({ jurisdiction: "US-NV", count: 2 });
  });
});
