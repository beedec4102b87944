/**
 * Names of jurisdictions as people say them: "California", "Germany", "Quebec". Countries come from the platform's
 * CLDR data (Intl.DisplayNames); subdivisions the console deals in are listed here because CLDR has no names for
 * them.
 */
export const US_SUBDIVISION_NAMES: Readonly<Record<string, string>> = {
  "US-AL": "Alabama", "US-AK": "Alaska", "US-AZ": "Arizona", "US-AR": "Arkansas", "US-CA": "California",
  "US-CO": "Colorado", "US-CT": "Connecticut", "US-DE": "Delaware", "US-FL": "Florida", "US-GA": "Georgia",
  "US-HI": "Hawaii", "US-ID": "Idaho", "US-IL": "Illinois", "US-IN": "Indiana", "US-IA": "Iowa", "US-KS": "Kansas",
  "US-KY": "Kentucky", "US-LA": "Louisiana", "US-ME": "Maine", "US-MD": "Maryland", "US-MA": "Massachusetts",
  "US-MI": "Michigan", "US-MN": "Minnesota", "US-MS": "Mississippi", "US-MO": "Missouri", "US-MT": "Montana",
  "US-NE": "Nebraska", "US-NV": "Nevada", "US-NH": "New Hampshire", "US-NJ": "New Jersey", "US-NM": "New Mexico",
  "US-NY": "New York", "US-NC": "North Carolina", "US-ND": "North Dakota", "US-OH": "Ohio", "US-OK": "Oklahoma",
  "US-OR": "Oregon", "US-PA": "Pennsylvania", "US-RI": "Rhode Island", "US-SC": "South Carolina",
  "US-SD": "South Dakota", "US-TN": "Tennessee", "US-TX": "Texas", "US-UT": "Utah", "US-VT": "Vermont",
  "US-VA": "Virginia", "US-WA": "Washington", "US-WV": "West Virginia", "US-WI": "Wisconsin", "US-WY": "Wyoming",
  "US-DC": "District of Columbia", "US-PR": "Puerto Rico", "US-GU": "Guam", "US-VI": "U.S. Virgin Islands",
  "US-AS": "American Samoa", "US-MP": "Northern Mariana Islands",
};

export const CA_SUBDIVISION_NAMES: Readonly<Record<string, string>> = {
  "CA-AB": "Alberta", "CA-BC": "British Columbia", "CA-MB": "Manitoba", "CA-NB": "New Brunswick",
  "CA-NL": "Newfoundland and Labrador", "CA-NS": "Nova Scotia", "CA-NT": "Northwest Territories", "CA-NU": "Nunavut",
  "CA-ON": "Ontario", "CA-PE": "Prince Edward Island", "CA-QC": "Quebec", "CA-SK": "Saskatchewan", "CA-YT": "Yukon",
};

/** Regions of the rule catalog that are not countries or subdivisions. */
const BLOCS: Readonly<Record<string, string>> = { EU: "European Union" };

const countries = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** "US-CA" → "California", "DE" → "Germany", "EU" → "European Union"; the code itself when no name is known. */
export function jurisdictionName(code: string): string {
  const upper = code.toUpperCase();
  const known = US_SUBDIVISION_NAMES[upper] ?? CA_SUBDIVISION_NAMES[upper] ?? BLOCS[upper];
  if (known) return known;
  if (/^[A-Z]{2}$/.test(upper)) {
    try {
      return countries.of(upper) ?? code;
    } catch {
      return code;
    }
  }
  return code;
}
