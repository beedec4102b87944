import { RULES } from "@/lib/clocks/catalog/us-states/wv";
import {
  combine, describeStateRules, hasInfo, inJurisdiction, inSectors, maintainerNoticeCases, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// W. Va. Code §§46A-2A-102, 5A-6C-3 (America/New_York).
const wv = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-WV", count, combine({
    moments: { discovered: "2027-10-25T10:00:00-04:00", cybersecurityIncidentDetermined: "2027-11-01T12:00:00-04:00" },
  }, ...patches));
const AGENCY = inSectors({ sector: "publicAgency", jurisdiction: "US-WV" });

const cases: TStateCase[] = [
  { ruleId: "US-WV-46A-2A-102-IND", kind: ["applies", "due"], name: "IND applies: no day count", facts: wv(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "V" } },
  { ruleId: "US-WV-46A-2A-102-IND", kind: "applies", name: "IND applies to encrypted data when the key was taken too (subsection (b))", 
    facts: wv(10, { incident: { encryption: { status: "encrypted", keyCompromised: "yes" } } }), expect: { applies: "yes" } },
  { ruleId: "US-WV-46A-2A-102-IND", kind: "no", name: "IND does not apply: no identity theft or fraud", facts: wv(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-WV-46A-2A-102-IND", kind: "undetermined", name: "IND undetermined: fraud not assessed", facts: wv(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
  ...thresholdCases("US-WV-46A-2A-102-CRA", ">", 1000, wv, sent("US-WV-46A-2A-102-IND", "2027-11-01T10:00:00-04:00"), { name: "CRA: more than 1,000 persons (1,001)" }),
  ...maintainerNoticeCases("US-WV-46A-2A-102-VND", wv, { name: "VND: the maintainer notifies the owner as soon as practicable" }),
  { ruleId: "US-WV-5A-6C-3-GOV", kind: ["applies", "due"], name: "GOV: 10 days from the determination, across the autumn DST change (1 Nov EDT to 11 Nov EST)", facts: wv(0, AGENCY),
    expect: { applies: "yes", due: "2027-11-11T23:59:59-05:00", info: hasInfo("constraint") } },
  { ruleId: "US-WV-5A-6C-3-GOV", kind: "no", name: "GOV does not apply to a private organisation", facts: wv(10), expect: { applies: "no" } },
  { ruleId: "US-WV-5A-6C-3-GOV", kind: ["applies", "undetermined"], name: "GOV: unknown personal-data facts leave it applying", facts: wv(null, AGENCY, { incident: { personalData: "unknown" } }),
    expect: { applies: "yes" } },
];

describeStateRules("West Virginia", RULES, cases);
