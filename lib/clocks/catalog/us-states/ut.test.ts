import { RULES } from "@/lib/clocks/catalog/us-states/ut";
import {
  AS_PROCESSOR, categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, inSectors, KEY_UNKNOWN, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Utah Code §§13-44-202, 63A-19-405 (America/Denver).
const ut = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-UT", count, combine({
    moments: { discovered: "2027-03-11T15:00:00-07:00", breachDetermined: "2027-03-20T10:00:00-06:00" },
  }, ...patches));
const LETTERS = sent("US-UT-13-44-202-IND", "2027-04-01T16:00:00Z");
const AGENCY = inSectors({ sector: "publicAgency", jurisdiction: "US-UT" });

const cases: TStateCase[] = [
  { ruleId: "US-UT-13-44-202-IND", kind: ["applies", "due"], name: "IND: notice follows the misuse finding; no day count", facts: ut(10),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "breachDetermined" }, timeZone: "America/Denver" } },
  { ruleId: "US-UT-13-44-202-IND", kind: "no", name: "IND does not apply: online credentials are not Utah personal information", facts: ut(10, categories("online_credentials")),
    expect: { applies: "no" } },
  { ruleId: "US-UT-13-44-202-IND", kind: "no", name: "IND does not apply: the investigation found misuse unlikely", facts: ut(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-UT-13-44-202-IND", kind: "undetermined", name: "IND undetermined: misuse not assessed", facts: ut(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
  { ruleId: "US-UT-13-44-202-AG", kind: "no", name: "AG does not apply above the threshold (500) when the data were encrypted and the key not taken", facts: ut(500, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-UT-13-44-202-AG", kind: ["applies", "due"], name: "AG and Cyber Center: 500 residents, due with the resident notice (10:00 MDT)", facts: ut(500, LETTERS),
    expect: { applies: "yes", due: "2027-04-01T10:00:00-06:00" } },
  { ruleId: "US-UT-13-44-202-AG", kind: "threshold", name: "AG: 499 are fewer than 500", facts: ut(499, LETTERS), expect: { applies: "no", reason: "499 is not at least 500" } },
  { ruleId: "US-UT-13-44-202-AG", kind: "undetermined", name: "AG undetermined: count not known", facts: ut(null), expect: { applies: "undetermined" } },
  ...thresholdCases("US-UT-13-44-202-CRA", ">=", 1000, ut, {}, { name: "CRA: 1,000 residents reach the threshold" }),
  { ruleId: "US-UT-13-44-202-VND", kind: ["applies", "due"], name: "VND: the maintainer notifies the owner immediately once misuse is likely", facts: ut(10, AS_PROCESSOR),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "discovered" } } },
  { ruleId: "US-UT-13-44-202-VND", kind: "no", name: "VND does not apply to the owner", facts: ut(10), expect: { applies: "no" } },
  { ruleId: "US-UT-13-44-202-VND", kind: "undetermined", name: "VND undetermined: misuse not assessed", facts: ut(10, AS_PROCESSOR, riskLevel("unknown")), expect: { applies: "undetermined" } },
  { ruleId: "US-UT-63A-19-405-GOV", kind: ["applies", "due"], name: "GOV: 5 days from discovery, across the spring DST change (11 Mar MST to 16 Mar MDT)", facts: ut(0, AGENCY),
    expect: { applies: "yes", due: "2027-03-16T23:59:59-06:00", verification: "V", info: hasInfo("uncertain") } },
  { ruleId: "US-UT-63A-19-405-GOV", kind: "no", name: "GOV does not apply to a private organisation", facts: ut(600), expect: { applies: "no" } },
  { ruleId: "US-UT-63A-19-405-GOV", kind: ["applies", "undetermined"], name: "GOV: unknown encryption leaves the report due (any data breach counts)", facts: ut(null, AGENCY, KEY_UNKNOWN),
    expect: { applies: "yes" } },
];

describeStateRules("Utah", RULES, cases);
