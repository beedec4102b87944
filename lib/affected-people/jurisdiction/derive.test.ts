import { describe, expect, it } from "vitest";
import { deriveJurisdiction, type TPlace } from "@/lib/affected-people/jurisdiction/derive";

type TCase = [label: string, place: TPlace | null, expected: ReturnType<typeof deriveJurisdiction>];

const ok = (jurisdiction: string, rule: string) => ({ jurisdiction, rule });
const no = (unresolved: string) => ({ unresolved });

describe("deriveJurisdiction", () => {
  const cases: TCase[] = [
    // Countries
    ["ISO alpha-2", { country: "DE" }, ok("DE", "country from ISO code 'DE'")],
    ["ISO alpha-2 in lower case", { country: " fr " }, ok("FR", "country from ISO code 'fr'")],
    ["ISO alpha-3", { country: "DEU" }, ok("DE", "country from ISO alpha-3 code 'DEU'")],
    ["English name", { country: "Germany" }, ok("DE", "country from the name 'Germany'")],
    ["the ISO list's inverted name", { country: "Korea, Republic of" }, ok("KR", "country from the name 'Korea, Republic of'")],
    ["a popular name", { country: "the Netherlands" }, ok("NL", "country from the name 'the Netherlands'")],
    ["the country's own name", { country: "Österreich" }, ok("AT", "country from the name 'Österreich'")],
    ["accents dropped", { country: "Cote d’Ivoire" }, ok("CI", "country from the name 'Cote d’Ivoire'")],
    ["UK is GB", { country: "UK" }, ok("GB", "country from 'UK', read as ISO code GB")],
    ["EL is GR", { country: "el" }, ok("GR", "country from 'el', read as ISO code GR")],
    ["England is the United Kingdom", { country: "England", stateOrProvince: "Kent" }, ok("GB", "country from the name 'England'")],
    ["a state outside the US and Canada is ignored", { country: "DE", stateOrProvince: "CA", postalCode: "10115" }, ok("DE", "country from ISO code 'DE'")],
    ["Puerto Rico as a country is US-PR", { country: "PR" }, ok("US-PR", "country from ISO code 'PR': Puerto Rico is a US territory")],
    ["Guam as a country is US-GU", { country: "Guam" }, ok("US-GU", "country from the name 'Guam': Guam is a US territory")],
    ["a jurisdiction code in the country field", { country: "us-ca" }, ok("US-CA", "jurisdiction code 'us-ca' in the country field")],
    ["a province code in the country field", { country: "CA-QC" }, ok("CA-QC", "jurisdiction code 'CA-QC' in the country field")],
    ["an unknown country", { country: "Narnia" }, no("country 'Narnia' is not a country name or ISO code")],
    ["an unknown subdivision code", { country: "US-XX" }, no("country 'US-XX' is not a country name or ISO code")],
    ["a US state in the country field", { country: "Texas" }, no("country 'Texas' is not a country name or ISO code (it names a US state: the state field is where it belongs)")],
    ["Georgia the country wins in the country field", { country: "Georgia" }, ok("GE", "country from the name 'Georgia'")],
    // No country
    ["nothing at all", {}, no("no country")],
    ["null", null, no("no country")],
    ["blank strings", { country: "  ", stateOrProvince: "", postalCode: " " }, no("no country")],
    ["a postal code alone", { postalCode: "94105" }, no("no country (a postal code alone does not tell the country)")],
    ["a US state alone", { stateOrProvince: "N. Carolina" }, ok("US-NC", "US state from the state field 'N. Carolina' (no country given)")],
    ["a province alone", { stateOrProvince: "Ont." }, ok("CA-ON", "Canadian province from the province field 'Ont.' (no country given)")],
    ["a ZIP with a state alone", { stateOrProvince: "TX", postalCode: "94105" }, ok("US-TX", "US state from the state field 'TX'; ZIP 94105 points to California (no country given)")],
    ["an unknown state alone", { stateOrProvince: "Bavaria" }, no("no country, and state 'Bavaria' is not a US state or Canadian province")],
    // United States: the state field
    ["state abbreviation", { country: "US", stateOrProvince: "ca" }, ok("US-CA", "country from ISO code 'US'; US state from the state field 'ca'")],
    ["old abbreviation", { country: "US", stateOrProvince: "calif." }, ok("US-CA", "country from ISO code 'US'; US state from the state field 'calif.'")],
    ["name with odd spacing", { country: "USA", stateOrProvince: "  new   YORK " }, ok("US-NY", "country from ISO alpha-3 code 'USA'; US state from the state field 'new   YORK'")],
    ["Washington D.C.", { country: "United States", stateOrProvince: "Washington D.C." }, ok("US-DC", "country from the name 'United States'; US state from the state field 'Washington D.C.'")],
    ["District of Columbia", { country: "U.S.", stateOrProvince: "District of Columbia" }, ok("US-DC", "country from ISO code 'U.S.'; US state from the state field 'District of Columbia'")],
    ["W. Va.", { country: "US", stateOrProvince: "W. Va." }, ok("US-WV", "country from ISO code 'US'; US state from the state field 'W. Va.'")],
    ["an ISO 3166-2 code in the state field", { country: "US", stateOrProvince: "US-OR" }, ok("US-OR", "country from ISO code 'US'; US state from the state field 'US-OR'")],
    ["a territory in the state field", { country: "US", stateOrProvince: "Virgin Islands" }, ok("US-VI", "country from ISO code 'US'; US territory from the state field 'Virgin Islands'")],
    ["the state field wins over the ZIP, and says so", { country: "US", stateOrProvince: "TX", postalCode: "94105" }, ok("US-TX", "country from ISO code 'US'; US state from the state field 'TX'; ZIP 94105 points to California")],
    ["state and ZIP agree", { country: "US", stateOrProvince: "CA", postalCode: "94105-1234" }, ok("US-CA", "country from ISO code 'US'; US state from the state field 'CA'")],
    ["military state", { country: "US", stateOrProvince: "AE", postalCode: "09012" }, no("state 'AE' is military mail (AE, Armed Forces Europe, Middle East, Africa and Canada): it does not say which state the person lives in")],
    ["a freely associated state", { country: "US", stateOrProvince: "PW" }, ok("PW", "country from ISO code 'US'; state field 'PW': Palau is a country of its own that US mail serves")],
    ["unknown state, no ZIP", { country: "US", stateOrProvince: "XX" }, no("state 'XX' is not a US state")],
    ["a province as a US state", { country: "US", stateOrProvince: "Ontario" }, no("state 'Ontario' is not a US state (it is a Canadian province)")],
    ["no state, no ZIP", { country: "US" }, no("country is the United States, but there is no state or ZIP code")],
    // United States: the ZIP code
    ["ZIP", { country: "US", postalCode: "94105" }, ok("US-CA", "country from ISO code 'US'; US state from ZIP 941xx")],
    ["ZIP+4", { country: "US", postalCode: "10001-0001" }, ok("US-NY", "country from ISO code 'US'; US state from ZIP 100xx")],
    ["nine digits", { country: "US", postalCode: "100010001" }, ok("US-NY", "country from ISO code 'US'; US state from ZIP 100xx")],
    ["ZIP as a number", { country: "US", postalCode: 60601 }, ok("US-IL", "country from ISO code 'US'; US state from ZIP 606xx")],
    ["a lost leading zero", { country: "US", postalCode: "2138" }, ok("US-MA", "country from ISO code 'US'; US state from ZIP 021xx ('2138' read as 02138)")],
    ["ZIP when the state is unknown", { country: "US", stateOrProvince: "XX", postalCode: "10001" }, ok("US-NY", "country from ISO code 'US'; US state from ZIP 100xx; state 'XX' is not a US state")],
    ["unassigned ZIP", { country: "US", postalCode: "00000" }, no("ZIP 00000 is in no US state")],
    ["unassigned ZIP and unknown state", { country: "US", stateOrProvince: "XX", postalCode: "00000" }, no("state 'XX' is not a US state, and ZIP 00000 is in no US state")],
    ["not a ZIP", { country: "US", postalCode: "SW1A 1AA" }, no("ZIP 'SW1A 1AA' is not a US ZIP code")],
    ["Holtsville NY inside New England", { country: "US", postalCode: "00501" }, ok("US-NY", "country from ISO code 'US'; US state from ZIP 005xx")],
    ["Puerto Rico", { country: "US", postalCode: "00901" }, ok("US-PR", "country from ISO code 'US'; US territory from ZIP 009xx")],
    ["US Virgin Islands", { country: "US", postalCode: "00802" }, ok("US-VI", "country from ISO code 'US'; US territory from ZIP 008xx")],
    ["Dulles VA among DC's", { country: "US", postalCode: "20166" }, ok("US-VA", "country from ISO code 'US'; US state from ZIP 201xx")],
    ["Austin IRS TX among Oklahoma's", { country: "US", postalCode: "73301" }, ok("US-TX", "country from ISO code 'US'; US state from ZIP 733xx")],
    ["El Paso TX among New Mexico's", { country: "US", postalCode: "88510" }, ok("US-TX", "country from ISO code 'US'; US state from ZIP 885xx")],
    ["Guam", { country: "US", postalCode: "96910" }, ok("US-GU", "country from ISO code 'US'; US territory from ZIP 96910")],
    ["Northern Mariana Islands", { country: "US", postalCode: "96950" }, ok("US-MP", "country from ISO code 'US'; US territory from ZIP 96950")],
    ["American Samoa inside Hawaii's prefix", { country: "US", postalCode: "96799" }, ok("US-AS", "country from ISO code 'US'; US territory from ZIP 96799")],
    ["Hawaii", { country: "US", postalCode: "96813" }, ok("US-HI", "country from ISO code 'US'; US state from ZIP 968xx")],
    ["Palau by ZIP", { country: "US", postalCode: "96940" }, ok("PW", "country from ISO code 'US'; ZIP 96940 is Palau, a country of its own that US mail serves")],
    ["unassigned 969", { country: "US", postalCode: "96999" }, no("ZIP 96999 is in no US state")],
    ["military AE by ZIP", { country: "US", postalCode: "09012" }, no("ZIP 09012 is military mail (AE, Armed Forces Europe, Middle East, Africa and Canada): it does not say which state the person lives in")],
    ["military AA by ZIP", { country: "US", postalCode: "34001" }, no("ZIP 34001 is military mail (AA, Armed Forces Americas): it does not say which state the person lives in")],
    ["military AP by ZIP", { country: "US", postalCode: "96201" }, no("ZIP 96201 is military mail (AP, Armed Forces Pacific): it does not say which state the person lives in")],
    ["the state field names military mail elsewhere in the rule", { country: "US", stateOrProvince: "NY", postalCode: "09012" }, ok("US-NY", "country from ISO code 'US'; US state from the state field 'NY'; ZIP 09012 points to military mail (AE)")],
    // Canada
    ["province code", { country: "CA", stateOrProvince: "qc" }, ok("CA-QC", "country from ISO code 'CA'; Canadian province from the province field 'qc'")],
    ["French name", { country: "Canada", stateOrProvince: "Colombie-Britannique" }, ok("CA-BC", "country from the name 'Canada'; Canadian province from the province field 'Colombie-Britannique'")],
    ["old abbreviation", { country: "CAN", stateOrProvince: "P.Q." }, ok("CA-QC", "country from ISO alpha-3 code 'CAN'; Canadian province from the province field 'P.Q.'")],
    ["territory", { country: "CA", stateOrProvince: "N.W.T." }, ok("CA-NT", "country from ISO code 'CA'; Canadian territory from the province field 'N.W.T.'")],
    ["province wins over postal code, and says so", { country: "CA", stateOrProvince: "ON", postalCode: "H2X 1Y4" }, ok("CA-ON", "country from ISO code 'CA'; Canadian province from the province field 'ON'; postal code H2X points to Quebec")],
    ["postal code", { country: "CA", postalCode: "k1a0b1" }, ok("CA-ON", "country from ISO code 'CA'; Canadian province from postal code area K1A")],
    ["postal X for Nunavut", { country: "CA", postalCode: "X0A 1H0" }, ok("CA-NU", "country from ISO code 'CA'; Canadian territory from postal code area X0A")],
    ["postal X for the Northwest Territories", { country: "CA", postalCode: "X1A 2P3" }, ok("CA-NT", "country from ISO code 'CA'; Canadian territory from postal code area X1A")],
    ["unused postal letter", { country: "CA", postalCode: "D1A 1A1" }, no("postal code area D1A is in no Canadian province or territory")],
    ["not a postal code", { country: "CA", postalCode: "90210" }, no("postal code '90210' is not a Canadian postal code")],
    ["a US state as a province", { country: "CA", stateOrProvince: "Texas" }, no("province 'Texas' is not a Canadian province or territory (it is a US state)")],
    ["no province, no postal code", { country: "Canada" }, no("country is Canada, but there is no province or postal code")],
    // Hostile text
    ["NUL and a lone surrogate are quoted visibly", { country: "US", stateOrProvince: "a\u0000b\uD800" }, no("state 'a\\u{0}b\\u{D800}' is not a US state")],
    ["an RTL override is quoted visibly", { country: "\u202EDE" }, ok("DE", "country from ISO code '\\u{202E}DE'")],
    ["a long quote is cut", { country: "x".repeat(150) }, no(`country '${"x".repeat(40)}…' is not a country name or ISO code`)],
    ["megabytes are refused unread", { country: "x".repeat(3_000_000) }, no("the country field is 3000000 characters long, too long for a place")],
    ["not text", { country: { toString: () => "DE" } }, no("the country field is not text")],
    ["a fraction is not a ZIP", { country: "US", postalCode: 941.05 }, no("the ZIP code field is not text")],
    ["a megabyte postal code", { country: "CA", stateOrProvince: "XX", postalCode: "K".repeat(1_000_000) }, no("province 'XX' is not a Canadian province or territory, and the postal code field is 1000000 characters long, too long for a place")],
  ];

  it.each(cases)("%s", (_label, place, expected) => {
    expect(deriveJurisdiction(place)).toEqual(expected);
  });

  it("answers a repeated place from memory without mixing up places whose keys look alike", () => {
    expect(deriveJurisdiction({ country: "US", postalCode: Number.NaN })).toEqual(no("the ZIP code field is not text"));
    expect(deriveJurisdiction({ country: "US", postalCode: null })).toEqual(no("country is the United States, but there is no state or ZIP code"));
    expect(deriveJurisdiction({ country: "US", postalCode: 94105 })).toEqual(ok("US-CA", "country from ISO code 'US'; US state from ZIP 941xx"));
    expect(deriveJurisdiction({ country: "US", postalCode: "94105" })).toEqual(ok("US-CA", "country from ISO code 'US'; US state from ZIP 941xx"));
    const first = deriveJurisdiction({ country: "DE" });
    expect(deriveJurisdiction({ country: "DE" })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("a throwing getter gives a reason, not an exception", () => {
    const hostile = Object.defineProperty({}, "country", { get: () => { throw new Error("boom"); } }) as TPlace;
    expect(deriveJurisdiction(hostile)).toEqual({ unresolved: "the address could not be read" });
  });
});
