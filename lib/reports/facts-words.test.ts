import { describe, expect, it } from "vitest";
import { affectedPeopleText, dataInvolvedText, otherFactsText, residentsText } from "@/lib/reports/facts-words";

describe("facts in words for the report", () => {
  it("names people by jurisdiction, most first, with a total that admits unknown numbers", () => {
    const facts = { affected: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "GB", count: 300 }, { jurisdiction: "DE", count: null }] };
    expect(affectedPeopleText(facts)).toEqual({
      lines: ["About 1,200 residents of California", "About 300 residents of the United Kingdom", "An unknown number of residents of Germany"],
      total: "About 1,500 people in all; one number is not known yet.",
    });
    expect(residentsText("UK", 1)).toBe("1 resident of the United Kingdom");
    expect(affectedPeopleText(null)).toEqual({ lines: [], total: null });
  });

  it("writes data categories in the plain words of the notices, never as vocabulary tokens", () => {
    const facts = {
      incident: { dataCategories: ["name", "contact_details", "national_id_number"] },
      affected: [{ jurisdiction: "US-CA", count: 10 }, { jurisdiction: "US-TX", count: 5, dataCategories: ["financial_account"] }],
    };
    const words = dataInvolvedText(facts);
    expect(words.common).toBe(
      "The personal data involved: names; contact details such as e-mail addresses, phone numbers and postal addresses; and Social Security numbers or other national identification numbers.",
    );
    expect(words.byJurisdiction).toEqual(["Residents of Texas: bank account or payment card numbers."]);
    expect(JSON.stringify(words)).not.toMatch(/[a-z]+_[a-z]+/);
  });

  it("writes the other answers as label and value in words, leaving out the unanswered", () => {
    const lines = otherFactsText({
      incident: { personalData: "yes", cause: "external_attack", encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: null, dataCategories: ["name"] },
      riskReasoning: "Names and SSNs were read.",
    });
    expect(lines).toEqual(["Personal data compromised: yes", "Cause: an external attack", "Encryption: none", "Risk reasoning: “Names and SSNs were read.”"]);
  });
});
