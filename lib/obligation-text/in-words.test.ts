import { describe, expect, it } from "vitest";
import { decidingFacts, infoInWords, inWords, reasonInWords, startsWhen } from "@/lib/obligation-text/in-words";

describe("the engine's text in words", () => {
  const affected = [{ jurisdiction: "US-TX" }, { jurisdiction: "US-WA" }];

  it("names the fact that decides an open question as the Facts form calls it", () => {
    expect(decidingFacts("personal data not confirmed: /incident/personalData; count not known: /affected/1/count", affected)).toEqual([
      { fact: "Personal data compromised", detail: "Personal data not confirmed", onForm: true },
      { fact: "Residents affected in Washington", detail: "Number not known", onForm: true },
    ]);
    expect(decidingFacts("major ICT-related incident not classified: /incident/classification/major", affected)).toEqual([
      { fact: "Whether the incident is a major incident", detail: "Major ICT-related incident not classified", onForm: false },
    ]);
    expect(decidingFacts("no status update requested: /moments/authorityRequest", affected)[0]!.fact).toBe("When Authority request received happened");
  });

  it("says codes, rule ids, moment identifiers and bare thresholds in words", () => {
    expect(reasonInWords("data categories do not meet the US-AK personal-information definition")).toBe("Data categories do not meet the Alaska personal-information definition");
    expect(reasonInWords("applies: notice is the default until a no-harm finding is made; 600 is more than 500")).toBe("Applies: notice is the default until a no-harm finding is made; 600 people affected is more than 500");
    expect(reasonInWords("harm was not ruled out (risk assessed as risk)")).toBe("Harm was not ruled out (risk assessed as a risk to people)");
    expect(inWords("Clock start is read as breachDetermined")).toBe("Clock start is read as “Breach determined”");
    expect(inWords("Only after the report to the Division of State Police (US-NJ-56-8-163-SP)")).not.toMatch(/US-NJ/);
  });

  it("says info lines and what a clock waits for", () => {
    expect(infoInWords({ kind: "provisional_bound", text: "US-CA-1798.82-IND due + 15 days", at: "2027-07-04T23:59:59-07:00" }, "Europe/Paris"))
      .toBe("At the latest: 15 days after the notice to affected California residents is due (05 Jul 2027, 08:59 CEST)");
    expect(startsWhen({ ruleId: "US-TX-521.053-IND", trigger: { moment: "breachDetermined", at: null } })).toBe("Starts when Breach determined is declared");
    expect(startsWhen({ ruleId: "US-CA-1798.82-AG", trigger: { moment: "notice", ruleId: "US-CA-1798.82-IND", at: null } })).toBe("Starts when the notice to affected California residents is sent");
  });
});
