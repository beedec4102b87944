import { RULES } from "@/lib/clocks/catalog/us-states/pa";
import {
  categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, inSectors, maintainerNoticeCases, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// 73 P.S. §§2302-2305 (Acts 151 of 2022 and 33 of 2024); 40 Pa.C.S. ch. 45 (America/New_York).
const pa = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-PA", count, combine({
    moments: { breachDetermined: "2027-03-01T10:00:00-05:00", discovered: "2027-02-25T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-09-02T10:00:00-04:00" },
  }, ...patches));
const LETTERS = sent("US-PA-2303-IND", "2027-03-20T15:30:00Z");
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-PA", home });

const cases: TStateCase[] = [
  { ruleId: "US-PA-2303-IND", kind: ["applies", "due"], name: "IND applies from the determination of the breach, no day count", facts: pa(10),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "breachDetermined", at: "2027-03-01T10:00:00-05:00" } } },
  { ruleId: "US-PA-2303-IND", kind: "applies", name: "IND applies to a name with online credentials", facts: pa(10, categories("name", "online_credentials")), expect: { applies: "yes" } },
  { ruleId: "US-PA-2303-IND", kind: "no", name: "IND does not apply: no loss or injury", facts: pa(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-PA-2303-IND", kind: "undetermined", name: "IND undetermined: loss or injury not assessed", facts: pa(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
  { ruleId: "US-PA-2303-AG", kind: "no", name: "AG does not apply above the threshold (501) when the data were encrypted and the key not taken", facts: pa(501, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-PA-2303-AG", kind: ["threshold", "applies", "due"], name: "AG: more than 500 residents (501), concurrently with the resident notice", facts: pa(501, LETTERS),
    expect: { applies: "yes", dueKind: "fixed", due: "2027-03-20T11:30:00-04:00" } },
  { ruleId: "US-PA-2303-AG", kind: "threshold", name: "AG: 500 is not more than 500", facts: pa(500, LETTERS), expect: { applies: "no", reason: "500 is not more than 500" } },
  { ruleId: "US-PA-2303-AG", kind: ["undetermined", "due"], name: "AG undetermined: count not known", facts: pa(null, LETTERS), expect: { applies: "undetermined", due: "2027-03-20T11:30:00-04:00" } },
  ...thresholdCases("US-PA-2305-CRA", ">=", 500, pa, LETTERS, { name: "CRA: 500 persons reach the threshold (comparator uncertain, 500 or more used)", expect: { info: hasInfo("uncertain") } }),
  ...maintainerNoticeCases("US-PA-2303-VND", pa, { name: "VND: the vendor notifies the entity following its discovery", expect: { trigger: { moment: "discovered" } } }, { owner: "the entity itself" }),
  { ruleId: "US-PA-2303-CM", kind: ["applies", "due"], name: "CM: an SSN breach needs the credit-monitoring offer with the resident notice", facts: pa(3, LETTERS),
    expect: { applies: "yes", due: "2027-03-20T11:30:00-04:00", info: hasInfo("uncertain") } },
  { ruleId: "US-PA-2303-CM", kind: "no", name: "CM does not apply to health-insurance data without SSN, account or licence number", facts: pa(3, categories("name", "health")),
    expect: { applies: "no" } },
  { ruleId: "US-PA-2303-CM", kind: "undetermined", name: "CM undetermined: loss or injury not assessed", facts: pa(3, riskLevel("unknown")), expect: { applies: "undetermined" } },
  { ruleId: "US-PA-40-45-INS", kind: ["applies", "due"], name: "INS: 5 PA business days; Thu 2 Sep, Labor Day skipped: due Fri 10 Sep", facts: pa(10, INSURER(true)),
    expect: { applies: "yes", due: "2027-09-10T23:59:59-04:00", verification: "V", info: hasInfo("uncertain") } },
  { ruleId: "US-PA-40-45-INS", kind: "applies", name: "INS: 250 PA consumers of a foreign insurer", facts: pa(250, INSURER(false)), expect: { applies: "yes" } },
  { ruleId: "US-PA-40-45-INS", kind: "threshold", name: "INS: 249 are fewer than 250", facts: pa(249, INSURER(false)), expect: { applies: "no" } },
  { ruleId: "US-PA-40-45-INS", kind: "no", name: "INS does not apply to a non-licensee", facts: pa(5000), expect: { applies: "no" } },
  { ruleId: "US-PA-40-45-INS", kind: "undetermined", name: "INS undetermined: domestic insurer, harm not assessed", facts: pa(10, INSURER(true), riskLevel("unknown")),
    expect: { applies: "undetermined" } },
];

describeStateRules("Pennsylvania", RULES, cases);
