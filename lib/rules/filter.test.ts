import { describe, expect, it } from "vitest";
import { filterRules, matchesJurisdiction, parseRuleFilters } from "@/lib/rules/filter";

describe("rule filters", () => {
  it("find a jurisdiction by its name or its code, in any case", () => {
    expect(matchesJurisdiction("California", "US-CA", "California")).toBe(true);
    expect(matchesJurisdiction("calif", "US-CA", "California")).toBe(true);
    expect(matchesJurisdiction("US-CA", "US-CA", "California")).toBe(true);
    expect(matchesJurisdiction("us-ca", "US-CA", "California")).toBe(true);
    expect(matchesJurisdiction("  ", "US-CA", "California")).toBe(true);
    expect(matchesJurisdiction("Texas", "US-CA", "California")).toBe(false);
  });

  it("take a code as that jurisdiction: CA is Canada, not California; US takes the federal rows and every state", () => {
    expect(matchesJurisdiction("CA", "CA", "Canada")).toBe(true);
    expect(matchesJurisdiction("CA", "US-CA", "California")).toBe(false);
    expect(matchesJurisdiction("US", "US", "United States")).toBe(true);
    expect(matchesJurisdiction("US", "US-TX", "Texas")).toBe(true);
    expect(matchesJurisdiction("US", "UK", "United Kingdom")).toBe(false);
    expect(matchesJurisdiction("GB", "UK", "United Kingdom")).toBe(true);
  });

  it("combine jurisdiction, verification level and review status", () => {
    const rows = [
      { id: "a", jurisdiction: "US-CA", jurisdictionName: "California", verification: "S" as const, reviewedNow: true },
      { id: "b", jurisdiction: "US-CA", jurisdictionName: "California", verification: "V" as const, reviewedNow: false },
      { id: "c", jurisdiction: "US-TX", jurisdictionName: "Texas", verification: "S" as const, reviewedNow: false },
    ];
    const ids = (filters: Parameters<typeof filterRules>[1]) => filterRules(rows, filters).map((row) => row.id);
    expect(ids({ jurisdiction: "", verification: null, review: null })).toEqual(["a", "b", "c"]);
    expect(ids({ jurisdiction: "California", verification: null, review: null })).toEqual(["a", "b"]);
    expect(ids({ jurisdiction: "California", verification: "S", review: null })).toEqual(["a"]);
    expect(ids({ jurisdiction: "", verification: null, review: "not_reviewed" })).toEqual(["b", "c"]);
    expect(ids({ jurisdiction: "", verification: null, review: "reviewed" })).toEqual(["a"]);
    expect(ids({ jurisdiction: "Quebec", verification: null, review: null })).toEqual([]);
  });
});

describe("rule filters from the query string", () => {
  it("read each filter, and ignore values that name nothing", () => {
    expect(parseRuleFilters({ jurisdiction: " US-CA ", verification: "s", review: "not_reviewed" })).toEqual({ jurisdiction: "US-CA", verification: "S", review: "not_reviewed" });
    expect(parseRuleFilters({ jurisdiction: ["Texas", "Ohio"], verification: "X", review: "maybe" })).toEqual({ jurisdiction: "Texas", verification: null, review: null });
    expect(parseRuleFilters({})).toEqual({ jurisdiction: "", verification: null, review: null });
  });
});
