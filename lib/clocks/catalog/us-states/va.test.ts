import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/va";
import {
  AS_PROCESSOR, categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, inSectors, KEY_UNKNOWN, maintainerNoticeCases, naicInsuranceCases, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Va. Code §§18.2-186.6, 38.2-625, 32.1-127.1:05, 2.2-5514 (America/New_York).
const va = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-VA", count, combine({
    moments: { discovered: "2027-11-06T20:00:00-04:00", cybersecurityIncidentDetermined: "2027-09-02T10:00:00-04:00" },
  }, ...patches));
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-VA", home });
const PUBLIC_BODY = inSectors({ sector: "publicAgency", jurisdiction: "US-VA" });
const PAYROLL = categories("national_id_number", "employment");

const cases: TStateCase[] = [
  { ruleId: "US-VA-18.2-186.6-IND", kind: ["applies", "due"], name: "IND applies: no day count", facts: va(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "S" } },
  { ruleId: "US-VA-18.2-186.6-IND", kind: "no", name: "IND does not apply: no identity theft or fraud", facts: va(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-VA-18.2-186.6-IND", kind: "undetermined", name: "IND undetermined: fraud element not assessed", facts: va(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
  { ruleId: "US-VA-18.2-186.6-AG", kind: ["applies", "due"], name: "AG: any breach needing resident notice, from discovery; insurer question flagged", facts: va(1),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "discovered" }, info: hasInfo("uncertain") } },
  { ruleId: "US-VA-18.2-186.6-AG", kind: "no", name: "AG does not apply: encrypted, key safe", facts: va(1, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-VA-18.2-186.6-AG", kind: "undetermined", name: "AG undetermined: key compromise not known", facts: va(1, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ...thresholdCases("US-VA-18.2-186.6-CRA", ">", 1000, va, sent("US-VA-18.2-186.6-IND", "2027-11-20T10:00:00-05:00"), { name: "CRA: more than 1,000 persons (1,001)" }),
  ...maintainerNoticeCases("US-VA-18.2-186.6-VND", va, { name: "VND: the maintainer notifies the owner" }),
  { ruleId: "US-VA-18.2-186.6M-PAYROLL", kind: ["applies", "due"], name: "PAYROLL: TIN with withholding data, no name needed, processor or owner alike", facts: va(40, PAYROLL, AS_PROCESSOR),
    expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
  { ruleId: "US-VA-18.2-186.6M-PAYROLL", kind: "no", name: "PAYROLL does not apply without payroll (withholding) data", facts: va(40, categories("name", "national_id_number")),
    expect: { applies: "no" } },
  { ruleId: "US-VA-18.2-186.6M-PAYROLL", kind: "undetermined", name: "PAYROLL undetermined: fraud not assessed", facts: va(40, PAYROLL, riskLevel("unknown")), expect: { applies: "undetermined" } },
  ...naicInsuranceCases("US-VA-38.2-625-INS", va, "VA", { name: "INS: 3 VA business days; Thu 2 Sep, Labor Day skipped: due Wed 8 Sep", expect: { due: "2027-09-08T23:59:59-04:00", verification: "V" } }),
  { ruleId: "US-VA-38.2-625-INS", kind: "due", name: "INS: 3 business days across the autumn DST change (Fri 5 Nov EDT to Wed 10 Nov EST)", 
    facts: va(10, INSURER(true), { moments: { cybersecurityIncidentDetermined: "2027-11-05T10:00:00-04:00" } }), expect: { due: "2027-11-10T23:59:59-05:00" } },
  { ruleId: "US-VA-38.2-625-INS", kind: "due", name: "INS: Wed 25 Nov 2026: Thanksgiving and the Friday next following are §2.2-3300 holidays: due Wed 2 Dec", 
    facts: va(10, INSURER(true), { moments: { cybersecurityIncidentDetermined: "2026-11-25T10:00:00-05:00" } }),
    expect: { due: "2026-12-02T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("Va. Code §2.2-3300") }]) } },
  { ruleId: "US-VA-38.2-625-INS", kind: "due", name: "INS: Fri 29 Oct 2027: Election Day (Tue 2 Nov) is a Virginia holiday in odd years too: due Thu 4 Nov", 
    facts: va(10, INSURER(true), { moments: { cybersecurityIncidentDetermined: "2027-10-29T10:00:00-04:00" } }), expect: { due: "2027-11-04T23:59:59-04:00" } },
  { ruleId: "US-VA-32.1-127.1-05-MED", kind: ["applies", "due"], name: "MED: a public body's medical-information breach (name + health)", facts: va(5, PUBLIC_BODY, categories("name", "health")),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", info: hasInfo("uncertain") } },
  { ruleId: "US-VA-32.1-127.1-05-MED", kind: "no", name: "MED does not apply to a private organisation", facts: va(5, categories("name", "health")), expect: { applies: "no" } },
  { ruleId: "US-VA-32.1-127.1-05-MED", kind: "undetermined", name: "MED undetermined: key compromise not known", facts: va(5, PUBLIC_BODY, categories("name", "health"), KEY_UNKNOWN),
    expect: { applies: "undetermined" } },
  { ruleId: "US-VA-2.2-5514-GOV", kind: ["applies", "due"], name: "GOV: 24 elapsed hours across the autumn DST change (20:00 EDT Sat + 24 h = 19:00 EST Sun)", facts: va(0, PUBLIC_BODY),
    expect: { applies: "yes", due: "2027-11-07T19:00:00-05:00", verification: "V" } },
  { ruleId: "US-VA-2.2-5514-GOV", kind: "no", name: "GOV does not apply to a private organisation", facts: va(10), expect: { applies: "no" } },
  { ruleId: "US-VA-2.2-5514-GOV", kind: ["applies", "undetermined"], name: "GOV: unknown personal-data facts leave it applying (any reportable incident counts)", 
    facts: va(null, PUBLIC_BODY, { incident: { personalData: "unknown" } }), expect: { applies: "yes" } },
];

describeStateRules("Virginia", RULES, cases);
