import { CANADA_POSTAL_FIRST_LETTER, CANADA_POSTAL_X, CANADIAN_PLACES } from "@/lib/affected-people/jurisdiction/canada";
import { COUNTRY_ALIASES, COUNTRY_CODE_ALIASES } from "@/lib/affected-people/jurisdiction/country-aliases";
import { COUNTRIES } from "@/lib/affected-people/jurisdiction/countries";
import { fold } from "@/lib/affected-people/jurisdiction/normalize";
import { US_FREELY_ASSOCIATED, US_MILITARY_MAIL, US_PLACES } from "@/lib/affected-people/jurisdiction/us-states";
import { US_ZIP_969, US_ZIP_EXCEPTIONS, US_ZIP_PREFIXES } from "@/lib/affected-people/jurisdiction/us-zip-prefixes";

/**
 * The tables as lookups, built once: folded name or code → code. Pure reads; what a match means is derive.ts's job.
 */

function keyed<T>(entries: Iterable<readonly [string, T]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  // The first entry wins; the table tests pin that no folded key names two different places.
  for (const [text, value] of entries) if (!map.has(fold(text))) map.set(fold(text), value);
  return map;
}

export type TCountryMatch = { code: string; by: "alpha-2" | "alpha-3" | "code-alias" | "name" };

const ALPHA_2 = new Map(COUNTRIES.map(([alpha2]) => [alpha2.toLowerCase(), alpha2]));
const ALPHA_3 = new Map(COUNTRIES.map(([alpha2, alpha3]) => [alpha3.toLowerCase(), alpha2]));
const COUNTRY_NAMES = keyed([
  ...COUNTRIES.flatMap(([alpha2, , ...names]) => names.map((name) => [name, alpha2] as const)),
  ...Object.entries(COUNTRY_ALIASES).flatMap(([alpha2, names]) => names.map((name) => [name, alpha2] as const)),
]);

/** A country field's folded text as an ISO 3166-1 alpha-2 code, and what matched. */
export function findCountry(key: string): TCountryMatch | null {
  if (key.length === 2) {
    const code = ALPHA_2.get(key) ?? COUNTRY_CODE_ALIASES[key.toUpperCase()];
    if (code) return { code, by: ALPHA_2.has(key) ? "alpha-2" : "code-alias" };
  }
  if (key.length === 3) {
    const code = ALPHA_3.get(key);
    if (code) return { code, by: "alpha-3" };
  }
  const code = COUNTRY_NAMES.get(key);
  return code ? { code, by: "name" } : null;
}

/** What a US state field can name: a state, DC or territory; military mail; or a freely associated country. */
export type TUsFieldMatch =
  | { kind: "place"; code: string }
  | { kind: "military"; code: string }
  | { kind: "freely-associated"; code: string };

const US_FIELD = keyed<TUsFieldMatch>([
  ...US_PLACES.flatMap(({ code, name, variants }) =>
    [code, `US-${code}`, name, ...variants].map((text) => [text, { kind: "place", code }] as const)),
  ...Object.keys(US_MILITARY_MAIL).map((code) => [code, { kind: "military", code }] as const),
  ...Object.entries(US_MILITARY_MAIL).map(([code, name]) => [name, { kind: "military", code }] as const),
  ...Object.keys(US_FREELY_ASSOCIATED).map((code) => [code, { kind: "freely-associated", code }] as const),
]);

export function findUsStateField(key: string): TUsFieldMatch | null {
  return US_FIELD.get(key) ?? null;
}

const US_TERRITORIES = new Set(["PR", "GU", "VI", "AS", "MP", "UM"]);

export function isUsTerritory(code: string): boolean {
  return US_TERRITORIES.has(code);
}

const CANADIAN_FIELD = keyed(
  CANADIAN_PLACES.flatMap(({ code, english, french, variants }) =>
    [code, `CA-${code}`, english, french, ...variants].map((text) => [text, code] as const)),
);

export function findCanadianField(key: string): string | null {
  return CANADIAN_FIELD.get(key) ?? null;
}

export function isCanadianTerritory(code: string): boolean {
  return code === "NT" || code === "NU" || code === "YT";
}

/** The place of a Canadian forward sortation area ("K1A"), or null when Canada Post uses no such area. */
export function canadianPostalPlace(fsa: string): string | null {
  const letter = fsa.charAt(0);
  return letter === "X" ? (CANADA_POSTAL_X[fsa] ?? null) : (CANADA_POSTAL_FIRST_LETTER[letter] ?? null);
}

/** Index: ZIP prefix (0–999) → USPS code. */
const BY_PREFIX: readonly (string | undefined)[] = (() => {
  const table = new Array<string | undefined>(1000).fill(undefined);
  for (const [from, to, code] of US_ZIP_PREFIXES) for (let prefix = from; prefix <= to; prefix += 1) table[prefix] = code;
  return table;
})();

/**
 * The USPS code of a five-digit ZIP code: a state, DC, territory, military mail (AA/AE/AP) or a freely associated
 * country (PW/FM/MH); null when the USPS assigns it to none.
 */
export function zipPlace(zip5: string): string | null {
  const exception = US_ZIP_EXCEPTIONS[zip5];
  if (exception) return exception;
  const prefix = Number(zip5.slice(0, 3));
  if (prefix === 969) {
    const zip = Number(zip5);
    return US_ZIP_969.find(([from, to]) => zip >= from && zip <= to)?.[2] ?? null;
  }
  return BY_PREFIX[prefix] ?? null;
}
