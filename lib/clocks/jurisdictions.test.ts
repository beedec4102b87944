import { describe, expect, it } from "vitest";
import { jurisdictionName, jurisdictionProblem, jurisdictionTitle } from "@/lib/clocks/jurisdictions";

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
