/**
 * Names people write in a country field that ISO 3166-1 does not list, by alpha-2 code: short forms ("UK", "USA"),
 * older or popular names ("Holland", "Ivory Coast", "Turkey"), the parts of a country ("England", "Scotland") and the
 * names in the country's own language that extracts often carry ("Deutschland", "España").
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ["UAE", "U.A.E.", "Emirates"],
  AT: ["Österreich"],
  BA: ["Bosnia"],
  BE: ["Belgique", "België", "Belgien"],
  BR: ["Brasil"],
  CD: ["DR Congo", "D.R. Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"],
  CG: ["Congo-Brazzaville", "Republic of Congo"],
  CH: ["Schweiz", "Suisse", "Svizzera", "Confoederatio Helvetica"],
  CI: ["Ivory Coast"],
  CN: ["PRC", "P.R. China", "People's Republic of China", "Mainland China"],
  CY: ["Kypros"],
  CZ: ["Czech Rep.", "Česko", "Česká republika"],
  DE: ["Deutschland", "Federal Republic of Germany", "BRD"],
  DK: ["Danmark"],
  EE: ["Eesti"],
  ES: ["España"],
  FI: ["Suomi"],
  FK: ["Falklands"],
  GB: ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  GR: ["Hellas", "Ellada"],
  HR: ["Hrvatska"],
  HU: ["Magyarország"],
  IE: ["Éire", "Republic of Ireland"],
  IS: ["Ísland"],
  IT: ["Italia"],
  KP: ["N. Korea", "DPRK"],
  KR: ["S. Korea", "Republic of Korea", "ROK"],
  LT: ["Lietuva"],
  LV: ["Latvija"],
  MK: ["Macedonia", "FYROM"],
  MM: ["Burma"],
  MX: ["Estados Unidos Mexicanos"],
  NL: ["Holland", "Nederland", "The Netherlands"],
  NO: ["Norge", "Noreg"],
  NZ: ["Aotearoa", "N.Z."],
  PL: ["Polska"],
  PS: ["Palestine"],
  RO: ["România"],
  SE: ["Sverige"],
  SI: ["Slovenija"],
  SK: ["Slovensko", "Slovak Republic"],
  SZ: ["Swaziland"],
  TL: ["East Timor"],
  TR: ["Turkey"],
  TW: ["Republic of China", "R.O.C."],
  US: ["U.S.A.", "United States of America", "America", "U.S. of A.", "Estados Unidos"],
  VA: ["Vatican", "Holy See"],
  ZA: ["RSA", "S. Africa"],
};

/**
 * Codes that are not ISO 3166-1 alpha-2 but name one country: the United Kingdom's "UK" (the EU and the catalog's own
 * usage) and Greece's "EL" (the EU's code); both become the ISO code the facts use.
 */
export const COUNTRY_CODE_ALIASES: Readonly<Record<string, string>> = { UK: "GB", EL: "GR" };
