import { describe, expect, it } from "vitest";
import { CANADA_POSTAL_FIRST_LETTER, CANADA_POSTAL_X, CANADIAN_PLACES } from "@/lib/affected-people/jurisdiction/canada";
import { COUNTRY_ALIASES, COUNTRY_CODE_ALIASES } from "@/lib/affected-people/jurisdiction/country-aliases";
import { COUNTRIES } from "@/lib/affected-people/jurisdiction/countries";
import { deriveJurisdiction } from "@/lib/affected-people/jurisdiction/derive";
import { fold } from "@/lib/affected-people/jurisdiction/normalize";
import { US_FREELY_ASSOCIATED, US_MILITARY_MAIL, US_PLACES } from "@/lib/affected-people/jurisdiction/us-states";
import { US_ZIP_969, US_ZIP_EXCEPTIONS, US_ZIP_PREFIXES } from "@/lib/affected-people/jurisdiction/us-zip-prefixes";
import { US_STATE_CODES } from "@/lib/clocks/catalog/model";
import { EEA, isKnownJurisdiction } from "@/lib/clocks/jurisdictions";

/** Every folded key → the set of places it names; a key naming two places is a table bug. */
function clashes(entries: [string, string][]): string[] {
  const seen = new Map<string, Set<string>>();
  for (const [text, place] of entries) seen.set(fold(text), (seen.get(fold(text)) ?? new Set()).add(place));
  return [...seen].filter(([, places]) => places.size > 1).map(([key, places]) => `${key}: ${[...places].join(", ")}`);
}

const usEntries = (): [string, string][] =>
  US_PLACES.flatMap(({ code, name, variants }) => [code, name, ...variants].map((text): [string, string] => [text, code]));
const canadianEntries = (): [string, string][] =>
  CANADIAN_PLACES.flatMap(({ code, english, french, variants }) =>
    [code, english, french, ...variants].map((text): [string, string] => [text, code]));

describe("the country table", () => {
  it("lists all 249 ISO 3166-1 countries, each a jurisdiction code the facts accept, with unique codes", () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map(([alpha2]) => alpha2)).size).toBe(249);
    expect(new Set(COUNTRIES.map(([, alpha3]) => alpha3)).size).toBe(249);
    for (const [alpha2, alpha3, ...names] of COUNTRIES) {
      expect(isKnownJurisdiction(alpha2), alpha2).toBe(true);
      expect(alpha3).toMatch(/^[A-Z]{3}$/);
      expect(names.length, alpha2).toBeGreaterThan(0);
    }
  });

  it("no folded name or alias names two countries, and no alias is another country's code", () => {
    const names: [string, string][] = [
      ...COUNTRIES.flatMap(([alpha2, , ...rest]) => rest.map((name): [string, string] => [name, alpha2])),
      ...Object.entries(COUNTRY_ALIASES).flatMap(([alpha2, rest]) => rest.map((name): [string, string] => [name, alpha2])),
    ];
    expect(clashes(names)).toEqual([]);
    const codes = new Map(COUNTRIES.flatMap(([alpha2, alpha3]) => [[alpha2.toLowerCase(), alpha2], [alpha3.toLowerCase(), alpha2]]));
    for (const [alpha2, aliases] of Object.entries(COUNTRY_ALIASES)) {
      expect(COUNTRIES.some(([code]) => code === alpha2), alpha2).toBe(true);
      for (const alias of aliases) expect(codes.get(fold(alias)) ?? alpha2, alias).toBe(alpha2);
    }
    for (const [alias, code] of Object.entries(COUNTRY_CODE_ALIASES)) {
      expect(codes.has(alias.toLowerCase()), alias).toBe(false);
      expect(isKnownJurisdiction(code)).toBe(true);
    }
  });

  it("knows every country the catalog and the team name: EU/EEA, UK, CH, US, CA, AU, NZ, JP, SG, BR, IN, CN, ZA, KR", () => {
    const wanted = [...EEA, "GB", "CH", "AU", "NZ", "JP", "SG", "BR", "IN", "CN", "ZA", "KR"];
    for (const code of wanted) expect(deriveJurisdiction({ country: code }), code).toEqual({ jurisdiction: code, rule: `country from ISO code '${code}'` });
  });
});

describe("the US tables", () => {
  it("list every state, DC and territory of the catalog, each a jurisdiction code the facts accept", () => {
    const listed = new Set(US_PLACES.map(({ code }) => code));
    for (const code of US_STATE_CODES) expect(listed.has(code), code).toBe(true);
    for (const code of listed) expect(isKnownJurisdiction(`US-${code}`), code).toBe(true);
  });

  it("no spelling names two places, and none is also a Canadian province's (a blank country stays unambiguous)", () => {
    const us = [...usEntries(), ...Object.keys(US_MILITARY_MAIL).map((code): [string, string] => [code, code])];
    expect(clashes(us)).toEqual([]);
    expect(clashes(canadianEntries())).toEqual([]);
    const usKeys = new Set(us.map(([text]) => fold(text)));
    expect(canadianEntries().filter(([text]) => usKeys.has(fold(text)))).toEqual([]);
  });

  it("ZIP prefix ranges are sorted, do not overlap, and name a US place or military mail", () => {
    const known = new Set([...US_PLACES.map(({ code }) => code), ...Object.keys(US_MILITARY_MAIL)]);
    let last = -1;
    for (const [from, to, code] of US_ZIP_PREFIXES) {
      expect(from, `${from}-${to}`).toBeGreaterThan(last);
      expect(to).toBeGreaterThanOrEqual(from);
      expect(to).toBeLessThanOrEqual(999);
      expect(known.has(code), code).toBe(true);
      last = to;
    }
    expect(US_ZIP_PREFIXES.some(([from, to]) => from <= 969 && 969 <= to)).toBe(false);
    last = 96900;
    for (const [from, to, code] of US_ZIP_969) {
      expect(from).toBeGreaterThan(last);
      expect(to).toBeLessThan(97000);
      expect(known.has(code) || code in US_FREELY_ASSOCIATED, code).toBe(true);
      last = to;
    }
    for (const code of Object.values(US_ZIP_EXCEPTIONS)) expect(known.has(code)).toBe(true);
  });

  it("every state, DC and inhabited territory has ZIP codes", () => {
    const withZip = new Set([...US_ZIP_PREFIXES, ...US_ZIP_969].map(([, , code]) => code).concat(Object.values(US_ZIP_EXCEPTIONS)));
    for (const { code } of US_PLACES) if (code !== "UM") expect(withZip.has(code), code).toBe(true);
  });
});

describe("the Canadian tables", () => {
  it("list the 13 provinces and territories, each a jurisdiction code the facts accept", () => {
    expect(CANADIAN_PLACES).toHaveLength(13);
    for (const { code } of CANADIAN_PLACES) expect(isKnownJurisdiction(`CA-${code}`), code).toBe(true);
  });

  it("postal letters name provinces that exist, and every province has one", () => {
    const codes = new Set(CANADIAN_PLACES.map(({ code }) => code));
    const reached = [...Object.values(CANADA_POSTAL_FIRST_LETTER), ...Object.values(CANADA_POSTAL_X)];
    for (const code of reached) expect(codes.has(code), code).toBe(true);
    expect(new Set(reached)).toEqual(codes);
    for (const letter of "DFIOQUWZ") expect(CANADA_POSTAL_FIRST_LETTER[letter], letter).toBeUndefined();
  });
});
