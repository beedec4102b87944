import { describe, expect, it } from "vitest";
import { jurisdictionName, jurisdictionTitle } from "./names";

describe("jurisdictionName", () => {
  it("names US states, countries and the EU in words", () => {
    expect(jurisdictionName("US-CA")).toBe("California");
    expect(jurisdictionName("US-DC")).toBe("the District of Columbia");
    expect(jurisdictionName("DE")).toBe("Germany");
    expect(jurisdictionName("GB")).toBe("the United Kingdom");
    expect(jurisdictionName("EU")).toBe("the European Union");
    expect(jurisdictionTitle("GB")).toBe("The United Kingdom");
  });

  it("keeps a code it cannot name, and names a foreign subdivision by its country", () => {
    expect(jurisdictionName("ZZ")).toBe("ZZ");
    expect(jurisdictionName("CA-QC")).toBe("Canada (QC)");
  });
});
