import { describe, expect, it } from "vitest";
import { factChanges, mergeEncryption, mergeStore } from "@/lib/incident-facts/changes";

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

describe("mergeEncryption", () => {
  const facts = { incident: {}, affected: [] };

  it("says encrypted only when every touched store is encrypted, never guessing whether the key was compromised", () => {
    expect(mergeEncryption(facts, [{ encrypted: true }, { encrypted: true }]).incident.encryption).toEqual({ status: "encrypted", keyCompromised: "unknown" });
    const known = { incident: { encryption: { status: "encrypted" as const, keyCompromised: "no" as const } }, affected: [] };
    expect(mergeEncryption(known, [{ encrypted: true }]).incident.encryption).toEqual({ status: "encrypted", keyCompromised: "no" });
  });

  it("says not encrypted as soon as one touched store is not, whatever was recorded", () => {
    const known = { incident: { encryption: { status: "encrypted" as const, keyCompromised: "no" as const } }, affected: [] };
    expect(mergeEncryption(known, [{ encrypted: true }, { encrypted: false }]).incident.encryption).toEqual({ status: "none", keyCompromised: "unknown" });
  });

  it("never turns a recorded 'not encrypted' into encrypted, and changes nothing without stores", () => {
    const none = { incident: { encryption: { status: "none" as const, keyCompromised: "unknown" as const } }, affected: [] };
    expect(mergeEncryption(none, [{ encrypted: true }])).toBe(none);
    expect(mergeEncryption(facts, [])).toBe(facts);
  });
});
