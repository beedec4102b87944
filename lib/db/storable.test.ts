import { describe, expect, it } from "vitest";
import { isStorableInstant, MAX_KEY_BYTES, unindexableKeyReason, unstorableTextReason, unstorableValue } from "@/lib/db/storable";

describe("what PostgreSQL can store", () => {
  it("refuses NUL and unpaired surrogates in text, and accepts everything else Unicode has", () => {
    expect(unstorableTextReason("a\u0000b")).toMatch(/NUL/);
    for (const lone of ["\ud800", "x\udbff", "\udc00x", "\udfff", "\udc00\ud800" /* a pair in the wrong order */, "\ud83d\ud83d\ude00"]) {
      expect(unstorableTextReason(lone), JSON.stringify(lone)).toMatch(/surrogate/);
    }
    for (const fine of ["", "\u{1F600}", "\u202e override", "\ufffe\uffff", "\u0001\u001f\u007f", "日本語", "\u2028"]) {
      expect(unstorableTextReason(fine), JSON.stringify(fine)).toBeNull();
    }
  });

  it("finds the first unstorable string anywhere in a value, naming its path, keys included", () => {
    expect(unstorableValue({ a: [1, "ok", { b: "x\u0000" }] })).toEqual({ path: "a.2.b", reason: expect.stringMatching(/NUL/) });
    expect(unstorableValue({ resources: [{ ["\ud800"]: 1 }] })).toEqual({ path: "resources.0.\ud800", reason: expect.stringMatching(/^its name .*surrogate/) });
    expect(unstorableValue({ a: ["\u202e", null, 3, { b: true }] })).toBeNull();
  });

  it("bounds ProductArn and Id together in UTF-8 bytes, not characters", () => {
    expect(unindexableKeyReason("a".repeat(2048), "b".repeat(512))).toBeNull();
    expect(unindexableKeyReason("a".repeat(MAX_KEY_BYTES - 1), "é")).toMatch(/2601 bytes/);
  });

  it("accepts instants in years 1 to 9999 only", () => {
    expect(isStorableInstant(new Date("0001-01-01T00:00:00Z"))).toBe(true);
    expect(isStorableInstant(new Date("9999-12-31T23:59:59Z"))).toBe(true);
    expect(isStorableInstant(new Date("0000-12-31T23:00:00Z"))).toBe(false);
    expect(isStorableInstant(new Date("9999-12-31T23:00:00-05:00"))).toBe(false);
  });
});
