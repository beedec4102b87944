import { describe, expect, it } from "vitest";
import { columnsFromState, discoveredState, overridesAfterEdit, stateDiff } from "@/lib/inventory/merge";
import type { TDiscoveredStore } from "@/lib/inventory/normalise";

const store: TDiscoveredStore = {
  arn: "arn:aws:s3:::b", kind: "s3", name: "b", region: "us-east-1", accountId: null, encrypted: false, kmsKeyId: null,
  publicAccess: "public", publicAccessDetail: "x", tags: { DataClassification: "PII" },
};
const state = discoveredState(store, { dataCategories: ["name"], residency: [{ jurisdiction: "US-CA", count: null }], matched: [] });

describe("discovered state and its diff", () => {
  it("leaves the ARN out (it is the key) and carries the classification", () => {
    expect(state).not.toHaveProperty("arn");
    expect(state).toMatchObject({ dataCategories: ["name"], residency: [{ jurisdiction: "US-CA", count: null }] });
  });

  it("names only the keys that changed, with their values before and after", () => {
    expect(stateDiff(state, { ...state, encrypted: true })).toEqual({ keys: ["encrypted"], before: { encrypted: false }, after: { encrypted: true } });
    expect(stateDiff(state, { ...state }).keys).toEqual([]);
    expect(stateDiff(null, state).keys).toContain("name");
  });
});

describe("overrides", () => {
  it("keeps overridden fields out of what discovery writes, and writes the AWS attributes always", () => {
    const columns = columnsFromState(state, ["name", "encrypted"]);
    expect(columns).not.toHaveProperty("name");
    expect(columns).not.toHaveProperty("encrypted");
    expect(columns).toMatchObject({ dataCategories: ["name"], publicAccess: "public", tags: { DataClassification: "PII" } });
  });

  it("marks the fields a person changed, keeping earlier marks, ignoring category order", () => {
    const before = { name: "b", dataCategories: ["name", "health"], residency: [], encrypted: false };
    expect(overridesAfterEdit(before, { ...before, name: "Billing exports" }, [])).toEqual(["name"]);
    expect(overridesAfterEdit(before, { ...before, dataCategories: ["health", "name"] }, [])).toEqual([]);
    expect(overridesAfterEdit(before, { ...before, encrypted: true }, ["residency"])).toEqual(["residency", "encrypted"]);
  });
});

describe("comparing a stored state", () => {
  it("sees no change when only the order of keys differs (jsonb reorders them)", () => {
    const reordered = JSON.parse(JSON.stringify({ ...state, tags: { DataClassification: "PII" }, residency: [{ count: null, jurisdiction: "US-CA" }] })) as typeof state;
    const shuffled = Object.fromEntries(Object.entries(reordered).reverse()) as typeof state;
    expect(stateDiff(shuffled, state).keys).toEqual([]);
  });
});
