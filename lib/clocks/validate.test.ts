import { describe, expect, it } from "vitest";
import { CATALOG_VERSION } from "@/lib/clocks/catalog";
import { baseFacts, merge } from "@/lib/clocks/test-support/facts";
import { validateFacts } from "@/lib/clocks/validate";

function errors(patch: Record<string, unknown>) {
  const result = validateFacts(merge(baseFacts(), patch));
  return result.ok ? [] : result.invalidParams;
}

describe("facts validation (contract §1)", () => {
  it("accepts minimal facts and fills the schema's defaults", () => {
    const result = validateFacts(baseFacts());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.facts.organisation.flags.hipaa).toBe("none");
      expect(result.facts.incident.classification.material).toBe("unknown");
      expect(result.facts.notices).toEqual([]);
    }
  });

  it("names the JSON pointer of a wrong value, an unknown field and a missing field", () => {
    expect(errors({ incident: { riskLevel: "maybe" } })).toEqual([{ name: "/incident/riskLevel", reason: 'must be one of "none", "risk", "high", "unknown"' }]);
    expect(errors({ incident: { colour: "red" } })).toEqual([{ name: "/incident/colour", reason: "is not a field of the contract" }]);
    expect(errors({ affected: [{ jurisdiction: "US-TX" }] })).toEqual([{ name: "/affected/0/count", reason: "is required" }]);
  });

  it("refuses jurisdiction codes of the right shape that name nothing real, naming the field (§3a)", () => {
    expect(errors({ affected: [{ jurisdiction: "US-ZZ", count: 3 }] })).toEqual([{ name: "/affected/0/jurisdiction", reason: "US-ZZ is not a US state, DC or territory" }]);
    expect(errors({ affected: [{ jurisdiction: "DE", count: 1 }, { jurisdiction: "XQ", count: 1 }] })).toEqual([{ name: "/affected/1/jurisdiction", reason: "XQ is not an ISO 3166-1 country code" }]);
    expect(errors({ organisation: { establishments: ["CA-XY"] } })).toEqual([{ name: "/organisation/establishments/0", reason: "CA-XY is not a Canadian province or territory" }]);
    expect(errors({ organisation: { establishments: ["DE-BY"] } })[0]).toEqual({ name: "/organisation/establishments/0", reason: "subdivision codes are only used for the United States and Canada: use DE" });
    expect(errors({ incident: { riskByJurisdiction: { "US-QQ": "none" } } })[0]?.name).toBe("/incident/riskByJurisdiction/US-QQ");
    expect(errors({ organisation: { sectors: [{ sector: "insurance", jurisdiction: "US-XX" }] } })[0]?.name).toBe("/organisation/sectors/0/jurisdiction");
    for (const code of ["US-GU", "US-PR", "US-VI", "US-DC", "CA-QC", "CH", "EU", "US", "GB"]) {
      expect(errors({ affected: [{ jurisdiction: code, count: 1 }] }), code).toEqual([]);
    }
  });

  it("refuses notices of rule ids outside the catalog, naming the id", () => {
    expect(errors({ notices: [{ ruleId: "US-ZZ-1-IND", sentAt: "2027-04-01T00:00:00Z" }] })).toEqual([{ name: "/notices/0/ruleId", reason: `US-ZZ-1-IND is not a rule of catalog ${CATALOG_VERSION}` }]);
  });

  it("refuses instants without seconds or offset, impossible dates, and UK/EL codes", () => {
    expect(errors({ moments: { aware: "2027-02-03T09:15+01:00" } })[0]?.name).toBe("/moments/aware");
    expect(errors({ moments: { aware: "2027-02-03T09:15:00" } })[0]?.name).toBe("/moments/aware");
    expect(errors({ moments: { aware: "2027-02-30T09:15:00Z" } })[0]?.name).toBe("/moments/aware");
    expect(errors({ affected: [{ jurisdiction: "UK", count: 1 }] })[0]?.name).toBe("/affected/0/jurisdiction");
  });

  it("refuses a time zone the tz database does not know", () => {
    expect(errors({ organisation: { timeZone: "Mars/Olympus_Mons" } })).toEqual([{ name: "/organisation/timeZone", reason: "is not a time zone of the IANA tz database" }]);
  });

  it("refuses inconsistent facts: no personal data with categories, a classification 'no' with its moment", () => {
    expect(errors({ incident: { personalData: "no" } })).toContainEqual({ name: "/incident/dataCategories", reason: 'must be empty when personalData is "no"' });
    expect(errors({ incident: { classification: { material: "no" } }, moments: { materialityDetermined: "2027-01-01T00:00:00Z" } })).toEqual([
      { name: "/moments/materialityDetermined", reason: 'is declared while /incident/classification/material is "no"' },
    ]);
    expect(errors({ incident: { classification: { major: "no" } }, moments: { majorClassified: "2027-01-01T00:00:00Z" } })[0]?.name).toBe("/moments/majorClassified");
  });

  it("refuses duplicate jurisdictions, an extension the law does not offer, and a delay ending before it starts", () => {
    expect(errors({ affected: [{ jurisdiction: "US-TX", count: 1 }, { jurisdiction: "US-TX", count: 2 }] })[0]?.name).toBe("/affected/1/jurisdiction");
    expect(errors({ incident: { extensionsClaimed: ["US-CA-1798.82-IND"] } })[0]?.name).toBe("/incident/extensionsClaimed/0");
    expect(errors({ incident: { lawEnforcementDelay: { requestedAt: "2027-01-02T00:00:00Z", until: "2027-01-01T00:00:00Z", written: true } } })[0]?.name).toBe(
      "/incident/lawEnforcementDelay/until",
    );
  });
});
