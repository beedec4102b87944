import { describe, expect, it } from "vitest";
import { reasonInWords } from "@/lib/obligations/reason-words";

describe("reasonInWords", () => {
  it("turns facts pointers into what to record", () => {
    expect(reasonInWords("personal data not confirmed: /incident/personalData")).toBe("Personal data not confirmed: answer “personal data compromised” in the incident's facts.");
    expect(reasonInWords("in force from 2026; trigger not declared: /moments/aware")).toBe("In force from 2026; trigger not declared: declare Aware.");
    expect(reasonInWords("count not known: /affected/2/count")).toBe("Count not known: record the number of people affected.");
    expect(reasonInWords("number of employees not known: /organisation/employees")).toBe("Number of employees not known: complete the organisation profile.");
  });

  it("names jurisdictions instead of codes", () => {
    expect(reasonInWords("no affected residents of US-TX")).toBe("No affected residents of Texas.");
    expect(reasonInWords("no affected residents of UK")).toBe("No affected residents of the United Kingdom.");
    expect(reasonInWords("data categories do not meet the US-CA personal-information definition")).toBe(
      "Data categories do not meet the personal-information definition of California.",
    );
  });

  it("writes why a rule applies as a sentence", () => {
    expect(reasonInWords("applies on the declared facts")).toBe("Applies on the recorded facts.");
    expect(reasonInWords("applies: large scale")).toBe("Applies (large scale).");
    expect(reasonInWords("")).toBe("");
  });
});
