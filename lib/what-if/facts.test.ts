import { describe, expect, it } from "vitest";
import { evaluateFacts } from "@/lib/clocks";
import { draftFromFacts } from "@/lib/incident-facts/draft";
import { buildWhatIfFacts, formErrors, SHOWN_BY_A_FIELD, type TWhatIfFacts } from "@/lib/what-if/facts";

const blank: TWhatIfFacts = {
  contractVersion: "1",
  asOf: "2026-12-02T10:00:00Z",
  organisation: { timeZone: "America/New_York", establishments: ["US-NY"], dataRole: "controller", flags: {} },
  incident: { personalData: "unknown", dataCategories: [] },
  affected: [],
  moments: {},
  notices: [],
};

describe("the facts the What-if page evaluates", () => {
  it("are valid contract facts from a blank start, and from the form's answers with places typed by name", () => {
    const untouched = buildWhatIfFacts(blank, draftFromFacts(blank.incident, []), {}, blank.asOf);
    expect(evaluateFacts(untouched.facts).ok).toBe(true);
    // "Not known" whether data were taken: left out, as the contract says it (the stored facts say null).
    expect(untouched.facts.incident).not.toHaveProperty("compromise");

    const draft = { ...draftFromFacts(blank.incident, []), personalData: "yes" as const, acquisition: true, rows: [{ jurisdiction: "Germany", count: "300" }] };
    const built = buildWhatIfFacts(blank, draft, { aware: "2026-11-20T15:00:00Z" }, blank.asOf);
    expect(built.facts.affected).toEqual([{ jurisdiction: "DE", count: 300 }]);
    expect(built.facts.incident.compromise).toEqual(["acquisition"]);
    const result = evaluateFacts(built.facts);
    expect(result.ok && result.evaluation.obligations.find((o) => o.ruleId === "EU-GDPR-33-SA")?.dueUtc).toBe("2026-11-23T15:00:00Z");
  });

  it("name the route's problems as the form's fields, and list the others apart", () => {
    expect(formErrors({ "facts.incident.riskLevel": "x", "facts.affected.0.count": "y", "facts.organisation.timeZone": "z" }, [2])).toEqual({
      "incident.riskLevel": "x", "affected.2.count": "y", "organisation.timeZone": "z",
    });
    expect(SHOWN_BY_A_FIELD.test("incident.riskLevel")).toBe(true);
    expect(SHOWN_BY_A_FIELD.test("incident.compromise")).toBe(false);
    expect(SHOWN_BY_A_FIELD.test("organisation.timeZone")).toBe(false);
  });
});
