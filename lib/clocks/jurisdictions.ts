/**
 * Which jurisdiction codes exist (contract §2 and §3a): ISO 3166-1 alpha-2 countries, the generic `EU` and `US`, and
 * the ISO 3166-2 subdivisions of the United States and Canada. A code of the right shape that names nothing real is
 * bad facts, never a silent "no rules". Subdivisions of other countries are refused with the country code to use,
 * because the catalog has no subdivision rules there and a lookalike code would only hide a typo.
 */

const ISO_3166_1 = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
    "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
    "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
    "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
    "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
    "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

/** EU member states and the EEA countries that apply the GDPR, NIS2 and DORA. */
export const EEA: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
  "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
]);

/** ISO 3166-2:US: the states, DC and the outlying areas. */
const US_SUBDIVISIONS: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa",
  KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan",
  MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
  NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota", OH: "Ohio",
  OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota",
  TN: "Tennessee", TX: "Texas", UT: "Utah", VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia",
  WI: "Wisconsin", WY: "Wyoming", DC: "the District of Columbia", AS: "American Samoa", GU: "Guam",
  MP: "the Northern Mariana Islands", PR: "Puerto Rico", UM: "the US Minor Outlying Islands", VI: "the US Virgin Islands",
};

/** ISO 3166-2:CA: provinces and territories. */
const CA_SUBDIVISIONS: Record<string, string> = {
  AB: "Alberta", BC: "British Columbia", MB: "Manitoba", NB: "New Brunswick", NL: "Newfoundland and Labrador",
  NS: "Nova Scotia", NT: "the Northwest Territories", NU: "Nunavut", ON: "Ontario", PE: "Prince Edward Island",
  QC: "Quebec", SK: "Saskatchewan", YT: "Yukon",
};

const SUBDIVISIONS: Record<string, Record<string, string>> = { US: US_SUBDIVISIONS, CA: CA_SUBDIVISIONS };
const GENERIC: Record<string, string> = { EU: "the EU/EEA (member state not known)", US: "the United States (state not known)" };

const problems = new Map<string, string | null>();
const PROBLEM_CACHE_LIMIT = 10_000;

/** Why a jurisdiction code is refused, or null when it names a real place (or a generic code). */
export function jurisdictionProblem(code: string): string | null {
  let problem = problems.get(code);
  if (problem === undefined) {
    problem = findProblem(code);
    // Bounded: codes come from outside, and a cache must not grow with whatever a client sends.
    if (problems.size < PROBLEM_CACHE_LIMIT) problems.set(code, problem);
  }
  return problem;
}

function findProblem(code: string): string | null {
  if (code in GENERIC) return null;
  const [country, subdivision, ...rest] = code.split("-");
  if (rest.length > 0 || !country) return "is not a jurisdiction code (GB, US-CA, CA-QC)";
  if (code === "UK") return "must be GB for the United Kingdom";
  if (code === "EL") return "must be GR for Greece";
  if (!ISO_3166_1.has(country)) return `${country} is not an ISO 3166-1 country code`;
  if (subdivision === undefined) return null;
  const known = SUBDIVISIONS[country];
  if (!known) return `subdivision codes are only used for the United States and Canada: use ${country}`;
  return subdivision in known ? null : `${code} is not a ${country === "US" ? "US state, DC or territory" : "Canadian province or territory"}`;
}

export function isKnownJurisdiction(code: string): boolean {
  return jurisdictionProblem(code) === null;
}

let regionNames: Intl.DisplayNames | null = null;

/** Country names that read with "the" in a sentence ("people in the United Kingdom"). */
const WITH_ARTICLE = new Set(["GB", "NL", "AE", "PH", "BS", "GM", "CZ", "DO", "CF", "KM", "MV", "MH", "SB"]);

/**
 * A jurisdiction in plain words, as it reads inside a sentence ("Quebec", "Switzerland", "the United Kingdom"); the
 * code itself when nothing better is known.
 */
export function jurisdictionName(code: string): string {
  if (code in GENERIC) return GENERIC[code]!;
  const [country, subdivision] = code.split("-") as [string, string | undefined];
  if (subdivision !== undefined) return SUBDIVISIONS[country]?.[subdivision] ?? code;
  if (!ISO_3166_1.has(country)) return code;
  regionNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const name = regionNames.of(country);
  if (!name) return code;
  return WITH_ARTICLE.has(country) ? `the ${name}` : name;
}

/** The catalog's regions that are not places people live in as facts see them: union-wide and federal law. */
const REGIONS: Record<string, string> = { EU: "the European Union", US: "the United States", UK: "the United Kingdom" };

/** A rule's region (the catalog's `region`: "EU", "US", "UK", "US-CA"…) in words: whose law it is. */
export function regionName(region: string): string {
  return REGIONS[region] ?? jurisdictionName(region);
}

/** The name at the start of a sentence or heading: "The United Kingdom", "California". */
export function jurisdictionTitle(code: string): string {
  const name = jurisdictionName(code);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A rule's region at the start of a sentence or in a column of its own: "The European Union", "California". */
export function regionTitle(region: string): string {
  const name = regionName(region);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A name as a picker lists it, without the article a sentence needs: "United Kingdom", "EU/EEA, member state not known". */
function bareName(code: string): string {
  return jurisdictionName(code).replace(/^the /, "").replace(/ \((.*)\)$/, ", $1");
}

export type TJurisdictionChoice = { code: string; name: string };

let choices: readonly TJurisdictionChoice[] | null = null;

/**
 * Every place a person can be in as the facts name it, for pickers: the countries, the US states, DC and territories,
 * the Canadian provinces and territories, and the generic EU and US; by name. Names come from jurisdictionName.
 */
export function jurisdictionChoices(): readonly TJurisdictionChoice[] {
  choices ??= [
    ...[...ISO_3166_1].filter((code) => !(code in GENERIC) && jurisdictionName(code) !== code),
    ...Object.entries(SUBDIVISIONS).flatMap(([country, known]) => Object.keys(known).map((sub) => `${country}-${sub}`)),
    ...Object.keys(GENERIC),
  ]
    .map((code) => ({ code, name: bareName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return choices;
}

/** How a picker shows a code: "California (US-CA)", "Germany (DE)"; the code alone when it names nothing known. */
export function jurisdictionLabel(code: string): string {
  const name = bareName(code);
  return name === code ? code : `${name} (${code})`;
}

const fold = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/^the\s+/, "").replace(/[^a-z0-9]+/g, " ").trim();

let byName: Map<string, string[]> | null = null;

function codesNamed(text: string): string[] {
  if (!byName) {
    byName = new Map();
    for (const { code, name } of jurisdictionChoices()) {
      const key = fold(name);
      byName.set(key, [...(byName.get(key) ?? []), code]);
    }
  }
  return byName.get(fold(text)) ?? [];
}

const CODE_SHAPE = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/;
const UNKNOWN_PLACE = "is not a country, US state or Canadian province: type a name such as California or Germany, or a code such as US-CA or DE";

/**
 * What a person typed into a jurisdiction field, as a code: a code (US-CA, de), a name ("California", "Germany",
 * "the United Kingdom", "Québec"), or a picker's label ("California (US-CA)"). Otherwise a problem that reads after
 * the field's label ("Jurisdiction 1 is not a country …").
 */
export function parseJurisdiction(input: string): { code: string } | { problem: string } {
  const text = input.trim().replace(/\s+/g, " ");
  if (text === "") return { problem: "is required" };
  const labelled = /\(([A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?)\)$/.exec(text);
  if (labelled) return parseJurisdiction(labelled[1]!);
  if (CODE_SHAPE.test(text)) {
    const code = text.toUpperCase();
    const problem = jurisdictionProblem(code);
    if (problem === null) return { code };
    // A real country with a subdivision we do not list (FR-75), or UK / EL: the problem says which code to use.
    if (code.includes("-") || code === "UK" || code === "EL") return { problem };
  }
  const codes = codesNamed(text);
  if (codes.length === 1) return { code: codes[0]! };
  if (codes.length > 1) {
    return { problem: `is ambiguous: ${text} is ${codes.map((code) => `${jurisdictionName(code)} (${code})`).join(" or ")}; type the code` };
  }
  return { problem: UNKNOWN_PLACE };
}
