/**
 * The US states, DC and the inhabited territories as a person's address names them: the USPS abbreviation (which is
 * also the ISO 3166-2:US code, so the jurisdiction is `US-<code>`), the name, and the other ways people write it
 * (the old GPO abbreviations such as "Calif." and "N. Mex.", "N. Carolina", "Washington D.C."). Matching folds case,
 * accents, periods and spacing (normalize.ts), so a variant is listed once in any spelling.
 */
export type TUsPlace = { readonly code: string; readonly name: string; readonly variants: readonly string[] };

export const US_PLACES: readonly TUsPlace[] = [
  { code: "AL", name: "Alabama", variants: ["Ala."] },
  { code: "AK", name: "Alaska", variants: ["Alas."] },
  { code: "AZ", name: "Arizona", variants: ["Ariz."] },
  { code: "AR", name: "Arkansas", variants: ["Ark."] },
  { code: "CA", name: "California", variants: ["Calif.", "Cal.", "Cali"] },
  { code: "CO", name: "Colorado", variants: ["Colo.", "Col."] },
  { code: "CT", name: "Connecticut", variants: ["Conn."] },
  { code: "DE", name: "Delaware", variants: ["Del."] },
  { code: "FL", name: "Florida", variants: ["Fla.", "Flor."] },
  { code: "GA", name: "Georgia", variants: ["Ga."] },
  { code: "HI", name: "Hawaii", variants: ["Hawai'i", "Hawaiʻi"] },
  { code: "ID", name: "Idaho", variants: ["Ida."] },
  { code: "IL", name: "Illinois", variants: ["Ill.", "Ills."] },
  { code: "IN", name: "Indiana", variants: ["Ind."] },
  { code: "IA", name: "Iowa", variants: ["Ia."] },
  { code: "KS", name: "Kansas", variants: ["Kan.", "Kans."] },
  { code: "KY", name: "Kentucky", variants: ["Ky.", "Ken.", "Kent."] },
  { code: "LA", name: "Louisiana", variants: ["La."] },
  { code: "ME", name: "Maine", variants: ["Me."] },
  { code: "MD", name: "Maryland", variants: ["Md."] },
  { code: "MA", name: "Massachusetts", variants: ["Mass."] },
  { code: "MI", name: "Michigan", variants: ["Mich."] },
  { code: "MN", name: "Minnesota", variants: ["Minn."] },
  { code: "MS", name: "Mississippi", variants: ["Miss."] },
  { code: "MO", name: "Missouri", variants: ["Mo."] },
  { code: "MT", name: "Montana", variants: ["Mont."] },
  { code: "NE", name: "Nebraska", variants: ["Neb.", "Nebr."] },
  { code: "NV", name: "Nevada", variants: ["Nev."] },
  { code: "NH", name: "New Hampshire", variants: ["N.H.", "N. Hampshire"] },
  { code: "NJ", name: "New Jersey", variants: ["N.J.", "N. Jersey"] },
  { code: "NM", name: "New Mexico", variants: ["N.M.", "N. Mex.", "N. Mexico", "New Mex."] },
  { code: "NY", name: "New York", variants: ["N.Y.", "N. York", "New York State", "NYS"] },
  { code: "NC", name: "North Carolina", variants: ["N.C.", "N. Carolina", "N. Car.", "No. Carolina"] },
  { code: "ND", name: "North Dakota", variants: ["N.D.", "N. Dakota", "N. Dak.", "No. Dakota"] },
  { code: "OH", name: "Ohio", variants: [] },
  { code: "OK", name: "Oklahoma", variants: ["Okla."] },
  { code: "OR", name: "Oregon", variants: ["Ore.", "Oreg."] },
  { code: "PA", name: "Pennsylvania", variants: ["Pa.", "Penn.", "Penna."] },
  { code: "RI", name: "Rhode Island", variants: ["R.I.", "R.I. & P.P."] },
  { code: "SC", name: "South Carolina", variants: ["S.C.", "S. Carolina", "S. Car.", "So. Carolina"] },
  { code: "SD", name: "South Dakota", variants: ["S.D.", "S. Dakota", "S. Dak.", "So. Dakota"] },
  { code: "TN", name: "Tennessee", variants: ["Tenn."] },
  { code: "TX", name: "Texas", variants: ["Tex."] },
  { code: "UT", name: "Utah", variants: [] },
  { code: "VT", name: "Vermont", variants: ["Vt."] },
  { code: "VA", name: "Virginia", variants: ["Va.", "Virg."] },
  { code: "WA", name: "Washington", variants: ["Wash.", "Washington State"] },
  { code: "WV", name: "West Virginia", variants: ["W. Va.", "W.V.", "W. Virginia", "W. Virg."] },
  { code: "WI", name: "Wisconsin", variants: ["Wis.", "Wisc."] },
  { code: "WY", name: "Wyoming", variants: ["Wyo."] },
  {
    code: "DC",
    name: "District of Columbia",
    variants: ["D.C.", "Washington D.C.", "Washington, D.C.", "Washington DC", "Wash. D.C.", "Dist. of Columbia", "Dist. Columbia"],
  },
  { code: "PR", name: "Puerto Rico", variants: ["P.R.", "Commonwealth of Puerto Rico"] },
  { code: "GU", name: "Guam", variants: [] },
  { code: "VI", name: "US Virgin Islands", variants: ["Virgin Islands", "U.S. Virgin Islands", "Virgin Islands of the United States", "V.I.", "USVI"] },
  { code: "AS", name: "American Samoa", variants: ["Am. Samoa", "A.S."] },
  {
    code: "MP",
    name: "Northern Mariana Islands",
    variants: ["Northern Marianas", "N. Mariana Islands", "Commonwealth of the Northern Mariana Islands", "CNMI", "M.P."],
  },
  { code: "UM", name: "US Minor Outlying Islands", variants: ["United States Minor Outlying Islands", "U.S. Minor Outlying Islands"] },
];

/**
 * The USPS "states" of military mail (APO/FPO/DPO): an address there says where the mail goes, not where the person
 * lives, so it names no state and the row is left for review.
 */
export const US_MILITARY_MAIL: Readonly<Record<string, string>> = {
  AA: "Armed Forces Americas",
  AE: "Armed Forces Europe, Middle East, Africa and Canada",
  AP: "Armed Forces Pacific",
};

/** The countries the USPS serves as if they were states (Compacts of Free Association); they are countries of their own. */
export const US_FREELY_ASSOCIATED: Readonly<Record<string, string>> = { FM: "Micronesia", MH: "the Marshall Islands", PW: "Palau" };
