import { describe, expect, it } from "vitest";
import { jurisdictionChoices, jurisdictionLabel, jurisdictionName, jurisdictionProblem, jurisdictionTitle, parseJurisdiction, regionName } from "@/lib/clocks/jurisdictions";

describe("jurisdictionName", () => {
  it("names US states, provinces, countries and the generic codes in words", () => {
    expect(jurisdictionName("US-CA")).toBe("California");
    expect(jurisdictionName("US-DC")).toBe("the District of Columbia");
    expect(jurisdictionName("CA-QC")).toBe("Quebec");
    expect(jurisdictionName("DE")).toBe("Germany");
    expect(jurisdictionName("GB")).toBe("the United Kingdom");
    expect(jurisdictionName("EU")).toBe("the EU/EEA (member state not known)");
    expect(jurisdictionTitle("GB")).toBe("The United Kingdom");
  });

  it("names the catalog's union-wide and federal regions as whose law they are", () => {
    expect(regionName("EU")).toBe("the European Union");
    expect(regionName("UK")).toBe("the United Kingdom");
    expect(regionName("US-TX")).toBe("Texas");
  });

  it("keeps a code it cannot name", () => {
    expect(jurisdictionName("ZZ")).toBe("ZZ");
    expect(jurisdictionName("US-XX")).toBe("US-XX");
  });
});

describe("jurisdictionProblem", () => {
  it("accepts real places and refuses codes that name nothing", () => {
    expect(jurisdictionProblem("US-OH")).toBeNull();
    expect(jurisdictionProblem("CA-QC")).toBeNull();
    expect(jurisdictionProblem("UK")).toBe("must be GB for the United Kingdom");
    expect(jurisdictionProblem("US-XX")).toMatch(/not a US state/);
    expect(jurisdictionProblem("ZZ")).toMatch(/not an ISO 3166-1/);
  });
});

describe("parseJurisdiction", () => {
  it("takes names as well as codes, in any case, with or without the article or accents", () => {
    expect(parseJurisdiction("California")).toEqual({ code: "US-CA" });
    expect(parseJurisdiction("germany")).toEqual({ code: "DE" });
    expect(parseJurisdiction("US-CA")).toEqual({ code: "US-CA" });
    expect(parseJurisdiction(" de ")).toEqual({ code: "DE" });
    expect(parseJurisdiction("The United Kingdom")).toEqual({ code: "GB" });
    expect(parseJurisdiction("Québec")).toEqual({ code: "CA-QC" });
    expect(parseJurisdiction("Quebec")).toEqual({ code: "CA-QC" });
    expect(parseJurisdiction("new  york")).toEqual({ code: "US-NY" });
  });

  it("takes what the picker lists back as its code", () => {
    for (const choice of jurisdictionChoices()) {
      expect(parseJurisdiction(jurisdictionLabel(choice.code))).toEqual({ code: choice.code });
    }
    expect(jurisdictionLabel("US-CA")).toBe("California (US-CA)");
    expect(jurisdictionLabel("GB")).toBe("United Kingdom (GB)");
  });

  it("lists every place once, the generic codes included", () => {
    const codes = jurisdictionChoices().map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(["US-CA", "DE", "CA-QC", "EU", "US", "US-DC"]));
    expect(codes.every((code) => jurisdictionProblem(code) === null)).toBe(true);
  });

  it("refuses what names nothing with a problem that reads after the field's label", () => {
    expect(parseJurisdiction("Atlantis")).toEqual({ problem: expect.stringMatching(/^is not a country, US state or Canadian province/) });
    expect(parseJurisdiction("ZZ")).toEqual({ problem: expect.stringMatching(/^is not a country/) });
    expect(parseJurisdiction("")).toEqual({ problem: "is required" });
    expect(parseJurisdiction("UK")).toEqual({ problem: "must be GB for the United Kingdom" });
    expect(parseJurisdiction("FR-75")).toEqual({ problem: expect.stringMatching(/use FR/) });
  });

  it("says which places a name could be rather than guessing", () => {
    const georgia = parseJurisdiction("Georgia");
    expect(georgia).toEqual({ problem: expect.stringMatching(/^is ambiguous/) });
    expect("problem" in georgia && georgia.problem).toMatch(/US-GA/);
    expect("problem" in georgia && georgia.problem).toMatch(/\(GE\)/);
  });
});
