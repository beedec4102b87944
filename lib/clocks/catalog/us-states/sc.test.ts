import { RULES } from "@/lib/clocks/catalog/us-states/sc";
import {
  categories, combine, describeStateRules, hasInfo, inJurisdiction, maintainerNoticeCases, naicInsuranceCases, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// S.C. Code §§39-1-90, 38-99-40 (America/New_York).
const sc = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-SC", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-11-05T09:00:00-04:00" },
  }, ...patches));
const LETTERS = sent("US-SC-39-1-90-IND", "2027-03-01T10:00:00-05:00");

const cases: TStateCase[] = [
  { ruleId: "US-SC-39-1-90-IND", kind: ["applies", "due"], name: "IND applies: no day count", facts: sc(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "V" } },
  { ruleId: "US-SC-39-1-90-IND", kind: "applies", name: "IND applies to a name with an access code alone (information giving access to financial accounts)", 
    facts: sc(10, categories("name", "financial_access_code")), expect: { applies: "yes" } },
  { ruleId: "US-SC-39-1-90-IND", kind: "no", name: "IND does not apply: no illegal use and no material risk of harm", facts: sc(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-SC-39-1-90-IND", kind: "undetermined", name: "IND undetermined: harm not assessed", facts: sc(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
  ...thresholdCases("US-SC-39-1-90-DCA", ">=", 1000, sc, LETTERS, { name: "DCA: 1,000 residents reach the threshold (1,000 or more used; comparator uncertain)", expect: { info: hasInfo("uncertain") } }, "DCA"),
  { ruleId: "US-SC-39-1-90-CRA", kind: ["threshold", "applies", "due"], name: "CRA: 1,000 reach the threshold; no day count", facts: sc(1000), expect: { applies: "yes", dueKind: "no_fixed_deadline", due: null } },
  { ruleId: "US-SC-39-1-90-CRA", kind: "no", name: "CRA: 999 do not", facts: sc(999), expect: { applies: "no" } },
  { ruleId: "US-SC-39-1-90-CRA", kind: "undetermined", name: "CRA undetermined: count not known", facts: sc(null), expect: { applies: "undetermined" } },
  ...maintainerNoticeCases("US-SC-39-1-90-VND", sc, { name: "VND: the maintainer notifies the owner immediately" }),
  ...naicInsuranceCases("US-SC-38-99-40-INS", sc, "SC", { name: "INS: 72 elapsed hours across the autumn DST change (09:00 EDT + 72 h = 08:00 EST)", expect: { due: "2027-11-08T08:00:00-05:00", verification: "V" } }, { due: "2027-11-08T08:00:00-05:00" }),
];

describeStateRules("South Carolina", RULES, cases);
