import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/hashing/canonical-json";

/** The reference result, or the fact that the reference refused the value. */
function reference(value: unknown): string | "refused" {
  try {
    return canonicalize(value) ?? "refused";
  } catch {
    return "refused";
  }
}

function ours(value: unknown): string | "refused" {
  try {
    return canonicalJson(value);
  } catch {
    return "refused";
  }
}

// Strings over all of UTF-16, lone surrogates included, so the refusal of ill-formed text is compared too.
const anyText = fc.string({ unit: "binary" });
const jsonLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    anyText,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(anyText, fc.oneof(tie("value"), fc.constant(undefined)), { maxKeys: 6 }),
    fc.date({ noInvalidDate: true }),
  ),
})).value;

describe("canonicalJson", () => {
  it("is byte-identical to the canonicalize package (RFC 8785) on JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(canonicalJson(value)).toBe(canonicalize(value));
    }), { numRuns: 2_000 });
  });

  it("matches canonicalize on unicode keys, doubles, undefined members, dates and lone surrogates (both refuse those)", () => {
    fc.assert(fc.property(jsonLike, (value) => {
      expect(ours(value)).toBe(reference(value));
    }), { numRuns: 3_000 });
  });

  it("sorts keys by UTF-16 code units, not by code points or locale", () => {
    const value = { "\u{1F600}": 1, "\uFB01": 2, b: 3, B: 4, "10": 5, "9": 6 };
    expect(canonicalJson(value)).toBe(canonicalize(value));
    expect(canonicalJson(value)).toBe('{"10":5,"9":6,"B":4,"b":3,"\u{1F600}":1,"\uFB01":2}');
  });

  it("refuses NaN, Infinity and lone surrogates like the reference", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson({ a: Infinity })).toThrow();
    expect(() => canonicalJson("\uD800")).toThrow();
  });
});
