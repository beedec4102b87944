import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/ia";
import {
  AS_PROCESSOR, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Iowa: America/Chicago. Lincoln's Birthday (12 Feb) and Washington's Birthday are Iowa holidays (Iowa Code §1C.1).
const moments = { discovered: "2027-02-01T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-02-11T10:00:00-06:00" };
const ia = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("IA", count, moments, combine(...patches));
const residentNoticeSent = { notices: [{ ruleId: "US-IA-715C.2-IND", sentAt: "2027-02-11T10:00:00-06:00" }] };
const DOMESTIC = sectorsIn("IA", { sector: "insurance", home: true });

const cases: TStateCase[] = [
  // §715C.2: notice unless a written no-reasonable-likelihood-of-financial-harm determination.
  { ruleId: "US-IA-715C.2-IND", kind: "applies", name: "SSN with name acquired", facts: ia(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-IA-715C.2-IND", kind: "applies", name: "harm not assessed: notice is the default", facts: ia(10, RISK_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-IA-715C.2-IND", kind: "applies", name: "biometric data with the name", facts: ia(10, { incident: { dataCategories: ["name", "biometric"] } }), expect: { applies: "yes" } },
  { ruleId: "US-IA-715C.2-IND", kind: "no", name: "no financial harm likely", facts: ia(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-IA-715C.2-IND", kind: "undetermined", name: "personal data not confirmed", facts: ia(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IA-715C.2-IND", kind: "due", name: "most expeditious manner: no fixed deadline", facts: ia(10), expect: { dueKind: "no_fixed_deadline" } },
  // §715C.2: the AG within 5 business days after the first consumer notice, more than 500.
  { ruleId: "US-IA-715C.2-AG", kind: "applies", name: "501 residents", facts: ia(501), expect: { applies: "yes" } },
  { ruleId: "US-IA-715C.2-AG", kind: "threshold", name: "500 is not more than 500 (uncertain: the AG page says at least 500)", facts: ia(500), expect: { applies: "no" } },
  { ruleId: "US-IA-715C.2-AG", kind: "threshold", name: "501 triggers", facts: ia(501), expect: { applies: "yes" } },
  { ruleId: "US-IA-715C.2-AG", kind: "no", name: "no financial harm", facts: ia(501, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-IA-715C.2-AG", kind: "undetermined", name: "count unknown", facts: ia(null), expect: { applies: "undetermined" } },
  { ruleId: "US-IA-715C.2-AG", kind: "due", name: "awaits the first consumer notice", facts: ia(501), expect: { dueKind: "awaiting_trigger" } },
  { ruleId: "US-IA-715C.2-AG", kind: "due", name: "notice Thu 11 Feb: (Fri 12 Lincoln, Mon 15 Washington) Tue 16 … Mon 22 is day 5",
    facts: ia(501, residentNoticeSent), expect: { due: "2027-02-22T23:59:59-06:00" } },
  { ruleId: "US-IA-715C.2-VND", kind: "applies", name: "processor", facts: ia(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-IA-715C.2-VND", kind: "no", name: "owner", facts: ia(10), expect: { applies: "no" } },
  { ruleId: "US-IA-715C.2-VND", kind: "undetermined", name: "personal data not confirmed", facts: ia(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IA-715C.2-VND", kind: "due", name: "immediately: no fixed deadline", facts: ia(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // §507F.7: Iowa's domestic limb also takes a required government notice instead of harm.
  { ruleId: "US-IA-507F.7-INS", kind: "applies", name: "domestic insurer, material harm likely", facts: ia(10, DOMESTIC), expect: { applies: "yes" } },
  { ruleId: "US-IA-507F.7-INS", kind: "no", name: "not a licensee", facts: ia(10), expect: { applies: "no" } },
  { ruleId: "US-IA-507F.7-INS", kind: "undetermined", name: "domestic insurer, no harm: a required government notice would still trigger", facts: ia(10, DOMESTIC, RISK_NONE), expect: { applies: "undetermined" } },
  { ruleId: "US-IA-507F.7-INS", kind: "threshold", name: "foreign insurer, 249", facts: ia(249, sectorsIn("IA", "insurance")), expect: { applies: "no" } },
  { ruleId: "US-IA-507F.7-INS", kind: "threshold", name: "foreign insurer, 250", facts: ia(250, sectorsIn("IA", "insurance")), expect: { applies: "yes" } },
  { ruleId: "US-IA-507F.7-INS", kind: "due", name: "Thu 11 Feb: (Fri 12, Mon 15) Tue 16, Wed 17, Thu 18", facts: ia(10, DOMESTIC), expect: { due: "2027-02-18T23:59:59-06:00" } },
  // §1C.1 has no Columbus Day: date-holidays skipped Mon 12 Oct 2026 and gave Wed 14.
  { ruleId: "US-IA-507F.7-INS", kind: "due", name: "Thu 8 Oct 2026: Fri 9, Mon 12 (Columbus Day is not in §1C.1), Tue 13",
    facts: stateFacts("IA", 10, { cybersecurityIncidentDetermined: "2026-10-08T10:00:00-05:00" }, DOMESTIC),
    expect: { due: "2026-10-13T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("Iowa Code §1C.1") }]) } },
  // Nor Juneteenth: date-holidays skipped Fri 19 Jun 2026 and gave Thu 25.
  { ruleId: "US-IA-715C.2-AG", kind: "due", name: "notice Wed 17 Jun 2026: Thu 18, Fri 19 (Juneteenth not in §1C.1), Mon 22, Tue 23, Wed 24",
    facts: stateFacts("IA", 501, moments, { notices: [{ ruleId: "US-IA-715C.2-IND", sentAt: "2026-06-17T10:00:00-05:00" }] }),
    expect: { due: "2026-06-24T23:59:59-05:00" } },
];

describeStateRules("Iowa catalog rows", RULES, cases);
