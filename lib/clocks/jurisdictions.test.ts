import { describe, expect, it } from "vitest";
import { jurisdictionChoices, jurisdictionFromText, jurisdictionInputName, jurisdictionName, jurisdictionProblem, jurisdictionTitle, regionName } from "@/lib/clocks/jurisdictions";

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

describe("jurisdictionFromText", () => {
  it("takes names, codes, other spellings and the picker's own labels", () => {
    expect(jurisdictionFromText("California").code).toBe("US-CA");
    expect(jurisdictionFromText("  germany ").code).toBe("DE");
    expect(jurisdictionFromText("us-ca").code).toBe("US-CA");
    expect(jurisdictionFromText("DE").code).toBe("DE");
    expect(jurisdictionFromText("Québec").code).toBe("CA-QC");
    expect(jurisdictionFromText("Quebec").code).toBe("CA-QC");
    expect(jurisdictionFromText("The United Kingdom").code).toBe("GB");
    expect(jurisdictionFromText("UK").code).toBe("GB");
    expect(jurisdictionFromText("District of Columbia").code).toBe("US-DC");
    expect(jurisdictionFromText("Georgia (US-GA)").code).toBe("US-GA");
    expect(jurisdictionFromText("Georgia (GE)").code).toBe("GE");
  });

  it("names the problem when the text names no place or two", () => {
    expect(jurisdictionFromText("Georgia")).toEqual({ code: null, problem: expect.stringMatching(/more than one place: choose Georgia \((GE|US-GA)\) or Georgia/) });
    expect(jurisdictionFromText("Narnia").problem).toMatch(/^\(Narnia\) is not a place the console knows/);
    expect(jurisdictionFromText("US-ZZ").problem).toMatch(/not a US state/);
    expect(jurisdictionFromText("").problem).toMatch(/is required/);
  });

  it("writes a code back as a name a person types, with the code only when the name is ambiguous", () => {
    expect(jurisdictionInputName("US-CA")).toBe("California");
    expect(jurisdictionInputName("GB")).toBe("United Kingdom");
    expect(jurisdictionInputName("US-GA")).toBe("Georgia (US-GA)");
    expect(jurisdictionInputName("EU")).toBe("EU/EEA (EU)");
    for (const { code, label } of jurisdictionChoices()) expect(jurisdictionFromText(label).code, label).toBe(code);
  });
});
