import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CANADA_POSTAL_FIRST_LETTER, CANADA_POSTAL_X, CANADIAN_PLACES } from "@/lib/affected-people/jurisdiction/canada";
import { COUNTRIES } from "@/lib/affected-people/jurisdiction/countries";
import { deriveJurisdiction, type TDerivedJurisdiction } from "@/lib/affected-people/jurisdiction/derive";
import { isUsTerritory } from "@/lib/affected-people/jurisdiction/lookups";
import { US_MILITARY_MAIL, US_PLACES } from "@/lib/affected-people/jurisdiction/us-states";
import { US_ZIP_969, US_ZIP_EXCEPTIONS, US_ZIP_PREFIXES } from "@/lib/affected-people/jurisdiction/us-zip-prefixes";
import { isKnownJurisdiction } from "@/lib/clocks/jurisdictions";

/** A spelling as people type it: each letter in either case, spaces doubled, padding around it. */
function messy(text: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.constantFrom("", " ", "  ", "\t"),
      fc.constantFrom("", " ", "   "),
      fc.constantFrom(" ", "  "),
    )
    .map(([upper, before, after, space]) =>
      before + [...text].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join("").replace(/ /g, space) + after);
}

const outcome = (result: TDerivedJurisdiction) => ("jurisdiction" in result ? result.jurisdiction : `unresolved: ${result.unresolved}`);

const US_SPELLINGS = US_PLACES.flatMap(({ code, name, variants }) => [code, name, ...variants].map((text) => ({ code, text })));
const CANADIAN_SPELLINGS = CANADIAN_PLACES.flatMap(({ code, english, french, variants }) =>
  [code, english, french, ...variants].map((text) => ({ code, text })));

describe("deriveJurisdiction: properties", () => {
  it("every US state, DC and territory abbreviation, name and variant, in any case and spacing, is that place", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...US_SPELLINGS).chain(({ code, text }) => messy(text).map((typed) => ({ code, typed }))),
        fc.constantFrom(undefined, "US", "usa", "United States"),
        ({ code, typed }, country) => {
          expect(outcome(deriveJurisdiction({ country, stateOrProvince: typed }))).toBe(`US-${code}`);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("every Canadian province and territory, in English or French or abbreviated, in any case and spacing, is that place", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CANADIAN_SPELLINGS).chain(({ code, text }) => messy(text).map((typed) => ({ code, typed }))),
        fc.constantFrom(undefined, "CA", "can", "Canada"),
        ({ code, typed }, country) => {
          expect(outcome(deriveJurisdiction({ country, stateOrProvince: typed }))).toBe(`CA-${code}`);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("every ZIP code with a prefix in a state's ranges is that state (military prefixes are never a state)", () => {
    const ranges = US_ZIP_PREFIXES.map(([from, to, code]) => ({ from, to, code }));
    fc.assert(
      fc.property(
        fc.constantFrom(...ranges).chain(({ from, to, code }) =>
          fc.tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 99 })).map(([prefix, rest]) => ({ code, prefix, rest }))),
        ({ code, prefix, rest }) => {
          const zip = `${String(prefix).padStart(3, "0")}${String(rest).padStart(2, "0")}`;
          fc.pre(!(zip in US_ZIP_EXCEPTIONS));
          const result = deriveJurisdiction({ country: "US", postalCode: zip });
          if (code in US_MILITARY_MAIL) expect(outcome(result)).toMatch(/^unresolved: ZIP \d{5} is military mail/);
          else expect(outcome(result)).toBe(`US-${code}`);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("the state field wins over a ZIP code of another state, and the rule names where the ZIP code points", () => {
    const stateRanges = US_ZIP_PREFIXES.filter(([, , code]) => !(code in US_MILITARY_MAIL));
    fc.assert(
      fc.property(
        fc.constantFrom(...US_SPELLINGS),
        fc.constantFrom(...stateRanges).chain(([from, to, code]) => fc.integer({ min: from * 100, max: to * 100 + 99 }).map((n) => ({ n, code }))),
        ({ code, text }, { n, code: zipCode }) => {
          const zip = String(n).padStart(5, "0");
          fc.pre(!(zip in US_ZIP_EXCEPTIONS));
          const result = deriveJurisdiction({ country: "US", stateOrProvince: text, postalCode: zip });
          expect(outcome(result)).toBe(`US-${code}`);
          if ("rule" in result) expect(result.rule.includes(`ZIP ${zip} points to`)).toBe(code !== zipCode);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("with no province field, every Canadian postal code is the province of its first letter (X by its area)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(CANADA_POSTAL_FIRST_LETTER), ...Object.keys(CANADA_POSTAL_X)),
        fc.stringMatching(/^[0-9][A-Z][0-9][A-Z][0-9]$/),
        fc.constantFrom("", " ", "-"),
        (start, tail, gap) => {
          const code = start.length === 3 ? CANADA_POSTAL_X[start]! : CANADA_POSTAL_FIRST_LETTER[start]!;
          const full = (start + tail).slice(0, 6);
          const typed = `${full.slice(0, 3)}${gap}${full.slice(3)}`.toLowerCase();
          expect(outcome(deriveJurisdiction({ country: "Canada", postalCode: typed }))).toBe(`CA-${code}`);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("every ZIP code in a 969 range (Guam, the Northern Marianas, Palau, Micronesia, the Marshall Islands) is its place", () => {
    for (const [from, to, code] of US_ZIP_969) {
      for (let zip = from; zip <= to; zip += 1) {
        const expected = code === "GU" || code === "MP" ? `US-${code}` : code;
        expect(outcome(deriveJurisdiction({ country: "US", postalCode: String(zip) })), String(zip)).toBe(expected);
      }
    }
  });

  it("a random five-digit ZIP code is at most one place, the one the tables give, never throws, and its code is valid", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom("", "-1234"), (n, plus4) => {
        const zip = String(n).padStart(5, "0");
        const result = deriveJurisdiction({ country: "US", postalCode: zip + plus4 });
        const prefix = Math.floor(n / 100);
        const claims = [
          ...US_ZIP_PREFIXES.filter(([from, to]) => prefix >= from && prefix <= to),
          ...US_ZIP_969.filter(([from, to]) => n >= from && n <= to),
        ].map(([, , code]) => code);
        expect(claims.length).toBeLessThanOrEqual(1);
        const expectedCode = US_ZIP_EXCEPTIONS[zip] ?? claims[0];
        if ("jurisdiction" in result) {
          expect(isKnownJurisdiction(result.jurisdiction)).toBe(true);
          expect(result.jurisdiction.replace(/^US-/, "")).toBe(expectedCode);
        } else {
          expect(expectedCode === undefined || expectedCode in US_MILITARY_MAIL, result.unresolved).toBe(true);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it("for every country, its alpha-2 code, alpha-3 code and every name, in any case, give the same answer", () => {
    for (const [alpha2, alpha3, ...names] of COUNTRIES) {
      const expected = outcome(deriveJurisdiction({ country: alpha2 }));
      if (alpha2 !== "US" && alpha2 !== "CA") expect(expected, alpha2).toBe(isUsTerritory(alpha2) ? `US-${alpha2}` : alpha2);
      fc.assert(
        fc.property(fc.constantFrom(alpha2, alpha3, ...names).chain(messy), (typed) => {
          expect(outcome(deriveJurisdiction({ country: typed })), typed).toBe(expected);
        }),
        { numRuns: 20 },
      );
    }
  });

  it("arbitrary input never throws, and every answer is short, storable text", () => {
    const anyField = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.string({ unit: fc.constantFrom("\u0000", "\u202E", "\uD800", "\uDC00", "\u2028", ".", " ", "a", "9", "-"), maxLength: 300 }),
      fc.integer(),
      fc.double(),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.record({ country: anyField, stateOrProvince: anyField, postalCode: anyField }, { requiredKeys: [] }), (place) => {
        const result = deriveJurisdiction(place);
        const text = "jurisdiction" in result ? result.rule : result.unresolved;
        expect(Object.keys(result).length).toBe("jurisdiction" in result ? 2 : 1);
        if ("jurisdiction" in result) expect(isKnownJurisdiction(result.jurisdiction), result.jurisdiction).toBe(true);
        expect(text.length).toBeLessThan(400);
        expect(text).not.toMatch(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069\u2028\u2029]/);
        expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 3_000 },
    );
  });
});
