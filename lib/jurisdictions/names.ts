/**
 * Jurisdiction codes (the clock contract's: ISO 3166-1 "DE", ISO 3166-2 "US-CA", "EU", "US") in words a reader
 * knows: "California", "Germany". Countries come from the platform's own region names, so they need no table here.
 */

const US_STATES: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa",
  KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan",
  MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada",
  NH: "New Hampshire", NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota",
  OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island", SC: "South Carolina",
  SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah", VT: "Vermont", VA: "Virginia", WA: "Washington",
  WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming", DC: "the District of Columbia", PR: "Puerto Rico", GU: "Guam",
  VI: "the US Virgin Islands", AS: "American Samoa", MP: "the Northern Mariana Islands",
};

/** Names that read with "the" in a sentence ("people in the United Kingdom"). */
const WITH_ARTICLE = new Set(["GB", "US", "NL", "EU", "AE", "PH", "BS", "GM", "CZ", "DO", "CF", "KM", "MV", "MH", "SB"]);

const SPECIAL: Record<string, string> = { EU: "European Union", UK: "United Kingdom" };

let regions: Intl.DisplayNames | null = null;
function countryName(code: string): string | null {
  if (SPECIAL[code]) return SPECIAL[code]!;
  regions ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  try {
    const name = regions.of(code);
    // ICU names user-assigned codes ("ZZ", "XA") rather than leaving them out.
    return name && name !== "Unknown Region" && !name.startsWith("Pseudo-") ? name : null;
  } catch {
    return null;
  }
}

/** "US-CA" → "California", "DE" → "Germany", "GB" → "the United Kingdom"; an unknown code stays the code. */
export function jurisdictionName(code: string): string {
  const [country, subdivision] = code.split("-");
  if (!country) return code;
  if (subdivision) {
    if (country === "US" && US_STATES[subdivision]) return US_STATES[subdivision]!;
    const name = countryName(country);
    return name ? `${name} (${subdivision})` : code;
  }
  const name = countryName(country);
  if (!name) return code;
  return WITH_ARTICLE.has(country) || country === "UK" ? `the ${name}` : name;
}

/** The name at the start of a sentence or heading: "The United Kingdom", "California". */
export function jurisdictionTitle(code: string): string {
  const name = jurisdictionName(code);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
