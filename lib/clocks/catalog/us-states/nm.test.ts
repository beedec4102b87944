import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/nm";
import {
  AS_PROCESSOR, categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, KEY_UNKNOWN, riskLevel, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// N.M. Stat. §§57-12C-6, -10: 45 calendar days from discovery, America/Denver; 20 Feb (MST) + 45 days = 6 Apr (MDT).
const nm = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-NM", count, combine({ moments: { discovered: "2027-02-20T10:00:00-07:00" } }, ...patches));
const DUE = "2027-04-06T23:59:59-06:00";

const cases: TStateCase[] = [
  { ruleId: "US-NM-57-12C-6-IND", kind: ["applies", "due"], name: "IND applies: SSN acquired, 45 days from discovery across the DST change", facts: nm(10),
    expect: { applies: "yes", dueKind: "fixed", due: DUE, timeZone: "America/Denver", verification: "S" } },
  { ruleId: "US-NM-57-12C-6-IND", kind: "due", name: "IND: day 0 is the Denver date of discovery, not the UTC date", 
    facts: nm(10, { moments: { discovered: "2027-02-20T23:30:00-07:00" } }), expect: { due: DUE } },
  { ruleId: "US-NM-57-12C-6-IND", kind: "no", name: "IND does not apply: a finding of no significant risk", facts: nm(10, riskLevel("none")),
    expect: { applies: "no", dueKind: "not_applicable" } },
  { ruleId: "US-NM-57-12C-6-IND", kind: "no", name: "IND does not apply: name and health data are not New Mexico personal identifying information", 
    facts: nm(10, categories("name", "health")), expect: { applies: "no" } },
  { ruleId: "US-NM-57-12C-6-IND", kind: ["applies", "due"], name: "IND applies while the risk is not assessed (notice is the default)", facts: nm(10, riskLevel("unknown")),
    expect: { applies: "yes", due: DUE } },
  { ruleId: "US-NM-57-12C-6-IND", kind: ["undetermined", "due"], name: "IND undetermined: encrypted data, key compromise not known; the due instant is still shown", facts: nm(10, KEY_UNKNOWN),
    expect: { applies: "undetermined", due: DUE, reason: expect.stringContaining("/incident/encryption/keyCompromised") } },
  { ruleId: "US-NM-57-12C-10-AG", kind: "no", name: "AG does not apply above the threshold (1,001) when the data were encrypted and the key not taken", facts: nm(1001, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-NM-57-12C-10-AG", kind: ["threshold", "applies", "due"], name: "AG: more than 1,000 residents (1,001 applies)", facts: nm(1001), expect: { applies: "yes", due: DUE, verification: "V" } },
  { ruleId: "US-NM-57-12C-10-AG", kind: "threshold", name: "AG: 1,000 residents is not more than 1,000", facts: nm(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
  { ruleId: "US-NM-57-12C-10-AG", kind: ["undetermined", "due"], name: "AG undetermined: resident count not known", facts: nm(null), expect: { applies: "undetermined", due: DUE } },
  { ruleId: "US-NM-57-12C-10-CRA", kind: "no", name: "CRA does not apply above the threshold (1,001) when the data were encrypted and the key not taken", facts: nm(1001, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-NM-57-12C-10-CRA", kind: ["threshold", "applies", "due"], name: "CRA: more than 1,000 residents, 45 days from discovery", facts: nm(1001), expect: { applies: "yes", due: DUE } },
  { ruleId: "US-NM-57-12C-10-CRA", kind: "threshold", name: "CRA: 1,000 is not more than 1,000", facts: nm(1000), expect: { applies: "no" } },
  { ruleId: "US-NM-57-12C-10-CRA", kind: "undetermined", name: "CRA undetermined: count not known", facts: nm(null), expect: { applies: "undetermined" } },
  { ruleId: "US-NM-57-12C-6-VND", kind: ["applies", "due"], name: "VND applies to a service provider: 45 days from its discovery, clock start flagged uncertain", facts: nm(10, AS_PROCESSOR),
    expect: { applies: "yes", due: DUE, verification: "S", info: hasInfo("uncertain") } },
  { ruleId: "US-NM-57-12C-6-VND", kind: "no", name: "VND does not apply to the owner", facts: nm(10), expect: { applies: "no" } },
  { ruleId: "US-NM-57-12C-6-VND", kind: ["undetermined", "due"], name: "VND undetermined: key compromise not known", facts: nm(10, AS_PROCESSOR, KEY_UNKNOWN),
    expect: { applies: "undetermined", due: DUE } },
];

describeStateRules("New Mexico", RULES, cases);
