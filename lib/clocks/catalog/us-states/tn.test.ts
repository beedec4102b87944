import { RULES } from "@/lib/clocks/catalog/us-states/tn";
import {
  AS_PROCESSOR, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, inSectors, KEY_UNKNOWN, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Tenn. Code §§47-18-2107, 56-2-1006, 56-2-1009 (America/Chicago): 20 Feb (CST) + 45 days = 6 Apr (CDT).
const tn = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-TN", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-03-24T10:00:00-05:00" },
    organisation: { employees: 40 },
  }, ...patches));
const DUE = "2027-04-06T23:59:59-05:00";
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-TN", home });

const cases: TStateCase[] = [
  { ruleId: "US-TN-47-18-2107-IND", kind: ["applies", "due"], name: "IND: 45 days from discovery across the DST change", facts: tn(10), expect: { applies: "yes", due: DUE, verification: "S" } },
  { ruleId: "US-TN-47-18-2107-IND", kind: "applies", name: "IND applies whatever the harm finding (no risk-of-harm exception)", facts: tn(10, riskLevel("none")), expect: { applies: "yes" } },
  { ruleId: "US-TN-47-18-2107-IND", kind: "no", name: "IND does not apply: encrypted, key safe", facts: tn(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-TN-47-18-2107-IND", kind: ["undetermined", "due"], name: "IND undetermined: key compromise not known", facts: tn(10, KEY_UNKNOWN), expect: { applies: "undetermined", due: DUE } },
  ...thresholdCases("US-TN-47-18-2107-CRA", ">", 1000, tn, sent("US-TN-47-18-2107-IND", "2027-03-01T10:00:00-06:00"), { name: "CRA: more than 1,000 persons (1,001)" }),
  { ruleId: "US-TN-47-18-2107-VND", kind: ["applies", "due"], name: "VND: the maintainer has 45 days from discovery too", facts: tn(10, AS_PROCESSOR), expect: { applies: "yes", due: DUE } },
  { ruleId: "US-TN-47-18-2107-VND", kind: "no", name: "VND does not apply to the owner", facts: tn(10), expect: { applies: "no" } },
  { ruleId: "US-TN-47-18-2107-VND", kind: ["undetermined", "due"], name: "VND undetermined: key compromise not known", facts: tn(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined", due: DUE } },
  { ruleId: "US-TN-56-2-1006-INS", kind: ["applies", "due"], name: "INS: 3 TN business days; Good Friday (26 Mar) skipped: Wed 24 Mar to Tue 30 Mar", facts: tn(10, INSURER(true)),
    expect: { applies: "yes", due: "2027-03-30T23:59:59-05:00", info: hasInfo("uncertain") } },
  { ruleId: "US-TN-56-2-1006-INS", kind: ["threshold", "applies"], name: "INS: 250 TN consumers of a foreign insurer (250 or more used)", facts: tn(250, INSURER(false)), expect: { applies: "yes" } },
  { ruleId: "US-TN-56-2-1006-INS", kind: "threshold", name: "INS: 249 are fewer than 250", facts: tn(249, INSURER(false)), expect: { applies: "no" } },
  { ruleId: "US-TN-56-2-1006-INS", kind: ["threshold", "applies"], name: "INS: 25 employees are not exempt", facts: tn(10, INSURER(true), { organisation: { employees: 25 } }), expect: { applies: "yes" } },
  { ruleId: "US-TN-56-2-1006-INS", kind: "no", name: "INS does not apply to a licensee with 24 employees (§56-2-1009)", facts: tn(10, INSURER(true), { organisation: { employees: 24 } }),
    expect: { applies: "no" } },
  { ruleId: "US-TN-56-2-1006-INS", kind: ["undetermined", "due"], name: "INS undetermined: number of employees not known", facts: tn(10, INSURER(true), { organisation: { employees: null } }),
    expect: { applies: "undetermined", due: "2027-03-30T23:59:59-05:00" } },
];

describeStateRules("Tennessee", RULES, cases);
