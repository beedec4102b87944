import { RULES } from "@/lib/clocks/catalog/us-states/nd";
import {
  categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, inSectors, KEY_UNKNOWN, maintainerNoticeCases, riskLevel, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// N.D. Cent. Code ch. 51-30, §26.1-02.2-05, ch. 13-01.2 (America/Chicago).
const nd = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-ND", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-03-12T09:00:00-06:00" },
  }, ...patches));
const withOthers = (nd: number, elsewhere: number | null) =>
  ({ affected: [{ jurisdiction: "US-ND", count: nd }, { jurisdiction: "US-MN", count: elsewhere }] });
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-ND", home });
const FINANCIAL_CORPORATION = inSectors({ sector: "nonbankFinancial", jurisdiction: "US-ND" });

const cases: TStateCase[] = [
  { ruleId: "US-ND-51-30-02-IND", kind: ["applies", "due"], name: "IND applies: no harm exception, no day count", facts: nd(1, riskLevel("none")),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/Chicago", verification: "V" } },
  { ruleId: "US-ND-51-30-02-IND", kind: "applies", name: "IND applies to a name with a date of birth (other) or employer ID (employment)", facts: nd(1, categories("name", "other")),
    expect: { applies: "yes" } },
  { ruleId: "US-ND-51-30-02-IND", kind: "no", name: "IND does not apply: data only accessed, not acquired", facts: nd(1, { incident: { compromise: ["access"] } }), expect: { applies: "no" } },
  { ruleId: "US-ND-51-30-02-IND", kind: "no", name: "IND does not apply: encrypted and key safe", facts: nd(1, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-ND-51-30-02-IND", kind: "undetermined", name: "IND undetermined: key compromise not known", facts: nd(1, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-ND-51-30-02-AG", kind: "no", name: "AG does not apply above the threshold (251) when the data were encrypted and the key not taken", facts: nd(251, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-ND-51-30-02-AG", kind: ["threshold", "applies", "due"], name: "AG: more than 250 individuals counted wherever they live (100 ND + 151 MN = 251)", facts: nd(100, withOthers(100, 151)),
    expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
  { ruleId: "US-ND-51-30-02-AG", kind: "threshold", name: "AG: 250 individuals in all is not more than 250", facts: nd(100, withOthers(100, 150)),
    expect: { applies: "no", reason: "250 in all is not more than 250" } },
  { ruleId: "US-ND-51-30-02-AG", kind: "undetermined", name: "AG undetermined: another state's count not known", facts: nd(100, withOthers(100, null)), expect: { applies: "undetermined" } },
  ...maintainerNoticeCases("US-ND-51-30-03-VND", nd, { name: "VND: the maintainer notifies the owner immediately" }, { count: 1 }),
  { ruleId: "US-ND-26.1-02.2-05-INS", kind: ["applies", "due"], name: "INS: domestic insurer, material harm likely: 72 h (U) across the DST change, 09:00 CST + 72 h = 10:00 CDT", 
    facts: nd(10, INSURER(true)), expect: { applies: "yes", due: "2027-03-15T10:00:00-05:00", verification: "U", info: hasInfo("uncertain") } },
  { ruleId: "US-ND-26.1-02.2-05-INS", kind: ["threshold", "applies"], name: "INS: 250 ND consumers reach the threshold for a foreign insurer", facts: nd(250, INSURER(false)), expect: { applies: "yes" } },
  { ruleId: "US-ND-26.1-02.2-05-INS", kind: "no", name: "INS: 249 ND consumers of a foreign insurer do not", facts: nd(249, INSURER(false)), expect: { applies: "no" } },
  { ruleId: "US-ND-26.1-02.2-05-INS", kind: "no", name: "INS does not apply to an organisation that is no ND insurance licensee", facts: nd(5000), expect: { applies: "no" } },
  { ruleId: "US-ND-26.1-02.2-05-INS", kind: ["undetermined", "due"], name: "INS undetermined: domestic insurer, material harm not assessed", facts: nd(10, INSURER(true), riskLevel("unknown")),
    expect: { applies: "undetermined", due: "2027-03-15T10:00:00-05:00" } },
  { ruleId: "US-ND-13-01.2-DFI", kind: ["threshold", "applies", "due"], name: "DFI: at least 500 customers, 45 days from discovery across the DST change", facts: nd(500, FINANCIAL_CORPORATION),
    expect: { applies: "yes", due: "2027-04-06T23:59:59-05:00", verification: "S" } },
  { ruleId: "US-ND-13-01.2-DFI", kind: "applies", name: "DFI: customers in other states count (300 ND + 200 MN = 500)", facts: nd(300, FINANCIAL_CORPORATION, withOthers(300, 200)),
    expect: { applies: "yes" } },
  { ruleId: "US-ND-13-01.2-DFI", kind: "threshold", name: "DFI: 499 customers are fewer than 500", facts: nd(499, FINANCIAL_CORPORATION), expect: { applies: "no" } },
  { ruleId: "US-ND-13-01.2-DFI", kind: "no", name: "DFI does not apply to an organisation DFI does not regulate", facts: nd(5000), expect: { applies: "no" } },
  { ruleId: "US-ND-13-01.2-DFI", kind: ["undetermined", "due"], name: "DFI undetermined: count not known", facts: nd(null, FINANCIAL_CORPORATION), expect: { applies: "undetermined", due: "2027-04-06T23:59:59-05:00" } },
];

describeStateRules("North Dakota", RULES, cases);


