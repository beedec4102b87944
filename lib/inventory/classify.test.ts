import { describe, expect, it } from "vitest";
import { classify } from "@/lib/inventory/classify";

const RULES = [
  { tagKey: "DataClassification", tagValue: "PII", dataCategories: ["name", "contact_details"], jurisdictions: [] },
  { tagKey: "DataClassification", tagValue: "PHI", dataCategories: ["health"], jurisdictions: [] },
  { tagKey: "Residency", tagValue: "EU", dataCategories: [], jurisdictions: ["EU"] },
  { tagKey: "Residency", tagValue: "California", dataCategories: [], jurisdictions: ["US-CA"] },
];

describe("classify", () => {
  it("maps key=value tags to categories and residency, sorted and without repeats", () => {
    expect(classify({ DataClassification: "PII", Residency: "EU", Owner: "x" }, RULES)).toEqual({
      dataCategories: ["contact_details", "name"],
      residency: [{ jurisdiction: "EU", count: null }],
      matched: ["DataClassification=PII", "Residency=EU"],
    });
  });

  it("ignores case and spaces in keys and values", () => {
    expect(classify({ " dataclassification ": " pii " }, RULES).dataCategories).toEqual(["contact_details", "name"]);
  });

  it("matches each value of a list separated by commas, semicolons or bars", () => {
    expect(classify({ DataClassification: "PII;PHI" }, RULES).dataCategories).toEqual(["contact_details", "health", "name"]);
    expect(classify({ Residency: "EU, California" }, RULES).residency.map((r) => r.jurisdiction)).toEqual(["EU", "US-CA"]);
  });

  it("gives nothing for tags no rule maps, or a value that only contains a rule's value", () => {
    expect(classify({ Team: "PII" }, RULES)).toEqual({ dataCategories: [], residency: [], matched: [] });
    expect(classify({ DataClassification: "PII-free" }, RULES).dataCategories).toEqual([]);
  });

  it("gives the same result whatever the order of rules or tags", () => {
    const tags = { Residency: "California", DataClassification: "PHI" };
    expect(classify(tags, [...RULES].reverse())).toEqual(classify(tags, RULES));
  });
});
