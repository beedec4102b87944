import { describe, expect, it } from "vitest";
import { factChanges, mergeStore } from "@/lib/incident-facts/changes";

describe("factChanges", () => {
  it("lists each changed field old → new, unset as null, and nothing for an unchanged value", () => {
    expect(
      factChanges(
        { incident: { riskLevel: "risk", phi: false }, affected: [{ jurisdiction: "US-CA", count: 3 }] },
        { incident: { riskLevel: "high", phi: false, ransomware: true }, affected: [{ jurisdiction: "US-CA", count: 3 }], riskReasoning: "SSNs" },
      ),
    ).toEqual([
      { field: "incident.ransomware", from: null, to: true },
      { field: "incident.riskLevel", from: "risk", to: "high" },
      { field: "riskReasoning", from: null, to: "SSNs" },
    ]);
  });
});

describe("mergeStore", () => {
  it("adds the store's categories and new jurisdictions, keeps the larger known count, and marks personal data", () => {
    const merged = mergeStore(
      { incident: { dataCategories: ["name"] }, affected: [{ jurisdiction: "US-CA", count: 10 }, { jurisdiction: "GB", count: null }] },
      { dataCategories: ["name", "health"], residency: [{ jurisdiction: "US-CA", count: 5 }, { jurisdiction: "GB", count: 7 }, { jurisdiction: "US-TX", count: null }] },
    );
    expect(merged.incident).toEqual({ dataCategories: ["name", "health"], personalData: "yes" });
    expect(merged.affected).toEqual([{ jurisdiction: "US-CA", count: 10 }, { jurisdiction: "GB", count: 7 }, { jurisdiction: "US-TX", count: null }]);
  });
});
