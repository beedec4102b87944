/**
 * Canada's provinces and territories as an address names them: the Canada Post abbreviation (also the ISO 3166-2:CA
 * code, so the jurisdiction is `CA-<code>`), the English and French names, and the older abbreviations still found in
 * records ("Que.", "PQ", "Nfld.", "P.E.I."). Matching folds case, accents, periods and spacing.
 */
export type TCanadianPlace = { readonly code: string; readonly english: string; readonly french: string; readonly variants: readonly string[] };

export const CANADIAN_PLACES: readonly TCanadianPlace[] = [
  { code: "AB", english: "Alberta", french: "Alberta", variants: ["Alta.", "Alb."] },
  { code: "BC", english: "British Columbia", french: "Colombie-Britannique", variants: ["B.C.", "C.-B.", "Brit. Columbia"] },
  { code: "MB", english: "Manitoba", french: "Manitoba", variants: ["Man."] },
  { code: "NB", english: "New Brunswick", french: "Nouveau-Brunswick", variants: ["N.B.", "N.-B."] },
  {
    code: "NL",
    english: "Newfoundland and Labrador",
    french: "Terre-Neuve-et-Labrador",
    variants: ["Newfoundland & Labrador", "Newfoundland", "Labrador", "Nfld.", "NF", "LB", "T.-N.-L.", "T.-N.", "Terre-Neuve"],
  },
  { code: "NS", english: "Nova Scotia", french: "Nouvelle-Écosse", variants: ["N.S.", "N.-É."] },
  {
    code: "NT",
    english: "Northwest Territories",
    french: "Territoires du Nord-Ouest",
    variants: ["N.W.T.", "NWT", "T.N.-O.", "TNO", "North West Territories"],
  },
  { code: "NU", english: "Nunavut", french: "Nunavut", variants: ["Nvt."] },
  { code: "ON", english: "Ontario", french: "Ontario", variants: ["Ont."] },
  {
    code: "PE",
    english: "Prince Edward Island",
    french: "Île-du-Prince-Édouard",
    variants: ["P.E.I.", "PEI", "Î.-P.-É.", "IPE", "P.E. Island"],
  },
  { code: "QC", english: "Quebec", french: "Québec", variants: ["Que.", "Qué.", "PQ", "P.Q.", "Province de Québec", "Province of Quebec"] },
  { code: "SK", english: "Saskatchewan", french: "Saskatchewan", variants: ["Sask."] },
  { code: "YT", english: "Yukon", french: "Yukon", variants: ["Y.T.", "Yuk.", "Yukon Territory"] },
];

/**
 * The first letter of a Canadian postal code names the province (Canada Post's forward sortation areas), except X,
 * shared by Nunavut and the Northwest Territories and told apart by the first three characters (CANADA_POSTAL_X).
 */
export const CANADA_POSTAL_FIRST_LETTER: Readonly<Record<string, string>> = {
  A: "NL", B: "NS", C: "PE", E: "NB", G: "QC", H: "QC", J: "QC", K: "ON", L: "ON", M: "ON", N: "ON", P: "ON", R: "MB",
  S: "SK", T: "AB", V: "BC", Y: "YT",
};

/** The forward sortation areas of X: X0A, X0B, X0C are Nunavut; X0E, X0G and X1A the Northwest Territories. */
export const CANADA_POSTAL_X: Readonly<Record<string, string>> = { X0A: "NU", X0B: "NU", X0C: "NU", X0E: "NT", X0G: "NT", X1A: "NT" };
