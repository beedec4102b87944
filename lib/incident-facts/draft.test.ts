import { describe, expect, it } from "vitest";
import { affectedFromDraft, changedIncidentFields, draftFromFacts, errorsByRow, incidentFromDraft } from "@/lib/incident-facts/draft";

describe("the Facts form's draft", () => {
  const stored = {
    incident: { personalData: "yes" as const, dataCategories: ["name" as const], compromise: ["access" as const], cause: "external_attack" as const, riskLevel: "risk" as const },
    affected: [{ jurisdiction: "US-CA", count: 1200, dataCategories: ["name" as const] }, { jurisdiction: "US-GA", count: null }],
  };

  it("shows stored jurisdictions by name and gives back the same facts when nothing is edited", () => {
    const draft = draftFromFacts(stored.incident, stored.affected);
    expect(draft.rows.map((row) => row.jurisdiction)).toEqual(["California (US-CA)", "Georgia (US-GA)"]);
    expect(affectedFromDraft(draft).affected).toEqual(stored.affected);
    expect(changedIncidentFields(draft, stored.incident)).toEqual({});
    // Facts the form does not show (the cause) are kept; what it shows is filled in.
    expect(incidentFromDraft(draft, stored.incident)).toMatchObject({ cause: "external_attack", compromise: ["access"], encryption: { status: "unknown", keyCompromised: "unknown" } });
  });

  it("reads jurisdictions typed by name, skips empty rows and names the row that names no place", () => {
    const draft = { ...draftFromFacts(stored.incident, []), rows: [{ jurisdiction: "", count: "" }, { jurisdiction: "Germany", count: "300" }, { jurisdiction: "Narnia", count: "" }] };
    const { affected, problems, rowOf } = affectedFromDraft(draft);
    expect(affected).toEqual([{ jurisdiction: "DE", count: 300 }]);
    expect(problems).toEqual({ "affected.2.jurisdiction": expect.stringMatching(/^is not a country, US state or Canadian province/) });
    // The API's entry 0 is the form's row 1.
    expect(errorsByRow({ "affected.0.count": "must be a whole number", riskLevel: "x" }, rowOf)).toEqual({ "affected.1.count": "must be a whole number", riskLevel: "x" });
  });

  it("records only the answers that changed, acquisition added to what was known", () => {
    const draft = { ...draftFromFacts(stored.incident, stored.affected), acquisition: true, riskLevel: "high" as const };
    expect(changedIncidentFields(draft, stored.incident)).toEqual({ compromise: ["access", "acquisition"], riskLevel: "high" });
  });
});
