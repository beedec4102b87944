import {
  canadianPostalPlace, findCanadianField, findCountry, findUsStateField, isCanadianTerritory, isUsTerritory, zipPlace,
  type TCountryMatch,
} from "@/lib/affected-people/jurisdiction/lookups";
import { fold, quote, readField, type TField } from "@/lib/affected-people/jurisdiction/normalize";
import { US_MILITARY_MAIL } from "@/lib/affected-people/jurisdiction/us-states";
import { jurisdictionName } from "@/lib/clocks/jurisdictions";

/**
 * A person's jurisdiction from where they live, in the codes the clock facts use (`US-CA`, `CA-QC`, `DE`, `GB`), with
 * the rule that gave it in words, or why it cannot be told (the row goes to review). Pure and total: any input,
 * however hostile, gives one of the two answers.
 *
 * The rules, in order:
 * - the country field, by ISO 3166-1 alpha-2 or alpha-3 code or by name (UK and EL read as GB and GR); a US territory
 *   named as a country (PR, Guam) is its US jurisdiction (US-PR); a blank country is the US or Canada only when the
 *   state field names a US state or a Canadian province, otherwise "no country";
 * - in the United States, the state field (USPS code, name, or a common variant in any case or spacing), failing that
 *   the ZIP code (its three-digit prefix, five digits for 969 and American Samoa's 96799); when both name a place and
 *   disagree, the state field wins and the rule says where the ZIP code points;
 * - in Canada, the province field (code, English or French name, old abbreviations), failing that the postal code's
 *   forward sortation area; the province field wins a disagreement, said in the rule;
 * - anywhere else, the country (the catalog has no subdivision rules outside the US and Canada).
 * Military mail (APO/FPO: AA, AE, AP) names no state of residence and is left for review.
 */

export type TPlace = { country?: unknown; stateOrProvince?: unknown; postalCode?: unknown };
export type TDerivedJurisdiction = { jurisdiction: string; rule: string } | { unresolved: string };

const MEMO_LIMIT = 50_000;
const memo = new Map<string, Readonly<TDerivedJurisdiction>>();

/** The same place always gives the same answer; answers are frozen, as they may be shared. */
export function deriveJurisdiction(place: TPlace | null | undefined): Readonly<TDerivedJurisdiction> {
  try {
    // Each field read once: a getter could answer differently the second time, and the memory must match the answer.
    const fields: TPlace = { country: place?.country, stateOrProvince: place?.stateOrProvince, postalCode: place?.postalCode };
    const key = memoKey(fields);
    const known = key === null ? undefined : memo.get(key);
    if (known) return known;
    const answer = Object.freeze(derive(fields));
    // Bounded: an import of millions of rows repeats a few thousand places, but whatever a file holds must not grow it.
    if (key !== null && memo.size < MEMO_LIMIT) memo.set(key, answer);
    return answer;
  } catch {
    // A getter on a hostile object, say: never let one row stop an import.
    return { unresolved: "the address could not be read" };
  }
}

function memoKey(place: TPlace): string | null {
  const fields = [place.country, place.stateOrProvince, place.postalCode];
  const plain = fields.every((value) =>
    value === undefined || value === null || Number.isSafeInteger(value) || (typeof value === "string" && value.length <= 100));
  return plain ? JSON.stringify(fields) : null;
}

type TFields = { state: TField; postal: TField };

function derive(place: TPlace): TDerivedJurisdiction {
  const fields: TFields = { state: readField(place.stateOrProvince), postal: readField(place.postalCode) };
  const country = readField(place.country);
  if (country.kind === "bad") return { unresolved: `the country field ${country.problem}` };
  if (country.kind === "blank") return withoutCountry(fields);

  const key = fold(country.text);
  const subdivision = /^(us|ca) ([a-z]{2})$/.exec(key);
  if (subdivision) return fromSubdivisionCode(subdivision[1]!, subdivision[2]!, country.text);
  const match = findCountry(key);
  if (!match) return { unresolved: `country ${quote(country.text)} is not a country name or ISO code${stateHint(key)}` };
  const how = countryHow(match, country.text);
  if (match.code === "US") return inUnitedStates(fields, how);
  if (match.code === "CA") return inCanada(fields, how);
  if (isUsTerritory(match.code)) {
    return { jurisdiction: `US-${match.code}`, rule: `${how}: ${jurisdictionName(`US-${match.code}`)} is a US territory` };
  }
  return { jurisdiction: match.code, rule: how };
}

function countryHow(match: TCountryMatch, text: string): string {
  switch (match.by) {
    case "alpha-2": return `country from ISO code ${quote(text)}`;
    case "alpha-3": return `country from ISO alpha-3 code ${quote(text)}`;
    case "code-alias": return `country from ${quote(text)}, read as ISO code ${match.code}`;
    case "name": return `country from the name ${quote(text)}`;
  }
}

/** A US state or Canadian province typed into the country field, a common slip: said in the reason. */
function stateHint(key: string): string {
  if (findUsStateField(key)?.kind === "place") return " (it names a US state: the state field is where it belongs)";
  if (findCanadianField(key)) return " (it names a Canadian province: the province field is where it belongs)";
  return "";
}

function fromSubdivisionCode(country: string, sub: string, text: string): TDerivedJurisdiction {
  const rule = `jurisdiction code ${quote(text)} in the country field`;
  const code = sub.toUpperCase();
  if (country === "us" && findUsStateField(sub)?.kind === "place") return { jurisdiction: `US-${code}`, rule };
  if (country === "ca" && findCanadianField(sub)) return { jurisdiction: `CA-${code}`, rule };
  return { unresolved: `country ${quote(text)} is not a country name or ISO code` };
}

function withoutCountry(fields: TFields): TDerivedJurisdiction {
  if (fields.state.kind === "text") {
    const key = fold(fields.state.text);
    if (findUsStateField(key)?.kind === "place") return inUnitedStates(fields, "no country given");
    if (findCanadianField(key)) return inCanada(fields, "no country given");
    return { unresolved: `no country, and state ${quote(fields.state.text)} is not a US state or Canadian province` };
  }
  if (fields.postal.kind === "text") return { unresolved: "no country (a postal code alone does not tell the country)" };
  return { unresolved: "no country" };
}

// ---- United States

function usKind(code: string): string {
  return isUsTerritory(code) ? "US territory" : "US state";
}

type TZipReading = { zip5: string; note: string; place: string | null } | { problem: string };

/** A US ZIP code as written: 94105, 94105-1234, 941051234, or 2138 (a leading zero a spreadsheet dropped). */
function readZip(text: string): TZipReading {
  const compact = text.replace(/[\s-]/g, "");
  if (/^\d{5}(\d{4})?$/.test(compact)) return { zip5: compact.slice(0, 5), note: "", place: zipPlace(compact.slice(0, 5)) };
  if (/^\d{4}$/.test(compact)) {
    const zip5 = `0${compact}`;
    return { zip5, note: ` (${quote(text)} read as ${zip5})`, place: zipPlace(zip5) };
  }
  return { problem: `ZIP ${quote(text)} is not a US ZIP code` };
}

/** How a ZIP code is shown in a rule: its prefix, or the whole code where the prefix alone does not decide. */
function zipShown(zip5: string): string {
  return zip5.startsWith("969") || zip5 === "96799" ? zip5 : `${zip5.slice(0, 3)}xx`;
}

function inUnitedStates(fields: TFields, how: string): TDerivedJurisdiction {
  const prefix = how === "no country given" ? "" : `${how}; `;
  const suffix = how === "no country given" ? " (no country given)" : "";
  const zip = fields.postal.kind === "text" ? readZip(fields.postal.text) : null;
  let stateNote = "";

  if (fields.state.kind === "bad") {
    stateNote = `the state field ${fields.state.problem}`;
  } else if (fields.state.kind === "text") {
    const shown = quote(fields.state.text);
    const found = findUsStateField(fold(fields.state.text));
    if (found?.kind === "place") {
      const zipPoints = zip && "zip5" in zip && zip.place && zip.place !== found.code
        ? `; ZIP ${zip.zip5} points to ${zipPlaceName(zip.place)}`
        : "";
      return { jurisdiction: `US-${found.code}`, rule: `${prefix}${usKind(found.code)} from the state field ${shown}${zipPoints}${suffix}` };
    }
    if (found?.kind === "military") return { unresolved: militaryReason(`state ${shown}`, found.code) };
    if (found?.kind === "freely-associated") {
      return { jurisdiction: found.code, rule: `${prefix}state field ${shown}: ${jurisdictionName(found.code)} is a country of its own that US mail serves` };
    }
    const canadian = findCanadianField(fold(fields.state.text)) ? " (it is a Canadian province)" : "";
    stateNote = `state ${shown} is not a US state${canadian}`;
  }

  if (fields.postal.kind === "bad") return { unresolved: `${stateNote ? `${stateNote}, and ` : ""}the ZIP code field ${fields.postal.problem}` };
  if (!zip) return { unresolved: stateNote || "country is the United States, but there is no state or ZIP code" };
  const also = stateNote ? `; ${stateNote}` : "";
  if ("problem" in zip) return { unresolved: `${stateNote ? `${stateNote}, and ` : ""}${zip.problem}` };
  if (zip.place === null) return { unresolved: `${stateNote ? `${stateNote}, and ` : ""}ZIP ${zip.zip5} is in no US state` };
  if (zip.place in US_MILITARY_MAIL) return { unresolved: militaryReason(`ZIP ${zip.zip5}`, zip.place) };
  if (zip.place === "PW" || zip.place === "FM" || zip.place === "MH") {
    return { jurisdiction: zip.place, rule: `${prefix}ZIP ${zipShown(zip.zip5)}${zip.note} is ${jurisdictionName(zip.place)}, a country of its own that US mail serves${also}` };
  }
  return { jurisdiction: `US-${zip.place}`, rule: `${prefix}${usKind(zip.place)} from ZIP ${zipShown(zip.zip5)}${zip.note}${also}${suffix}` };
}

function zipPlaceName(code: string): string {
  if (code in US_MILITARY_MAIL) return `military mail (${code})`;
  return code === "PW" || code === "FM" || code === "MH" ? jurisdictionName(code) : jurisdictionName(`US-${code}`);
}

function militaryReason(what: string, code: string): string {
  return `${what} is military mail (${code}, ${US_MILITARY_MAIL[code]}): it does not say which state the person lives in`;
}

// ---- Canada

function caKind(code: string): string {
  return isCanadianTerritory(code) ? "Canadian territory" : "Canadian province";
}

type TPostalReading = { fsa: string; place: string | null } | { problem: string };

/** A Canadian postal code (K1A 0B1, k1a0b1) or its forward sortation area alone (K1A). */
function readPostal(text: string): TPostalReading {
  const compact = text.replace(/[\s-]/g, "").toUpperCase();
  if (!/^[A-Z]\d[A-Z](\d[A-Z]\d)?$/.test(compact)) return { problem: `postal code ${quote(text)} is not a Canadian postal code` };
  const fsa = compact.slice(0, 3);
  return { fsa, place: canadianPostalPlace(fsa) };
}

function inCanada(fields: TFields, how: string): TDerivedJurisdiction {
  const prefix = how === "no country given" ? "" : `${how}; `;
  const suffix = how === "no country given" ? " (no country given)" : "";
  const postal = fields.postal.kind === "text" ? readPostal(fields.postal.text) : null;
  let provinceNote = "";

  if (fields.state.kind === "bad") {
    provinceNote = `the province field ${fields.state.problem}`;
  } else if (fields.state.kind === "text") {
    const shown = quote(fields.state.text);
    const code = findCanadianField(fold(fields.state.text));
    if (code) {
      const postalPoints = postal && "fsa" in postal && postal.place && postal.place !== code
        ? `; postal code ${postal.fsa} points to ${jurisdictionName(`CA-${postal.place}`)}`
        : "";
      return { jurisdiction: `CA-${code}`, rule: `${prefix}${caKind(code)} from the province field ${shown}${postalPoints}${suffix}` };
    }
    const american = findUsStateField(fold(fields.state.text))?.kind === "place" ? " (it is a US state)" : "";
    provinceNote = `province ${shown} is not a Canadian province or territory${american}`;
  }

  if (fields.postal.kind === "bad") return { unresolved: `${provinceNote ? `${provinceNote}, and ` : ""}the postal code field ${fields.postal.problem}` };
  if (!postal) return { unresolved: provinceNote || "country is Canada, but there is no province or postal code" };
  const lead = provinceNote ? `${provinceNote}, and ` : "";
  if ("problem" in postal) return { unresolved: `${lead}${postal.problem}` };
  if (postal.place === null) return { unresolved: `${lead}postal code area ${postal.fsa} is in no Canadian province or territory` };
  const also = provinceNote ? `; ${provinceNote}` : "";
  return { jurisdiction: `CA-${postal.place}`, rule: `${prefix}${caKind(postal.place)} from postal code area ${postal.fsa}${also}${suffix}` };
}
