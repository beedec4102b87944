import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/il";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, HIPAA_COVERED, PERSONAL_DATA_UNKNOWN, RISK_NONE, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Illinois: America/Chicago. Illinois legal holidays (205 ILCS 630/17): Lincoln's Birthday 12 Feb, Casimir Pulaski Day
// (first Monday of March: 1 Mar 2027).
const moments = { discovered: "2027-02-25T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-02-26T10:00:00-06:00" };
const il = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("IL", count, moments, combine(...patches));
const AGENCY = sectorsIn("IL", "stateAgency");
const residentNoticeSent = { notices: [{ ruleId: "US-IL-530.10-IND", sentAt: "2027-03-20T09:00:00-05:00" }] };
const hipaa = (...patches: Record<string, unknown>[]) => il(600, HIPAA_COVERED, { incident: { phi: true, dataCategories: ["name", "health"] } }, ...patches);
const hhsNoticeSent = { notices: [{ ruleId: "US-HIPAA-408-500", sentAt: "2027-02-11T10:00:00-06:00" }] };

const cases: TStateCase[] = [
  // 530/10(a): no harm exception; HIPAA entities are deemed compliant (530/50).
  { ruleId: "US-IL-530.10-IND", kind: "applies", name: "SSN with name acquired", facts: il(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-IL-530.10-IND", kind: "applies", name: "no harm exception: risk none still notifies", facts: il(10, RISK_NONE), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.10-IND", kind: "applies", name: "credentials alone, no name", facts: il(10, { incident: { dataCategories: ["online_credentials"] } }), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.10-IND", kind: "applies", name: "a card number alone with the name", facts: il(10, { incident: { dataCategories: ["name", "financial_account"] } }), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.10-IND", kind: "no", name: "HIPAA covered entity (deemed compliant)", facts: il(10, HIPAA_COVERED), expect: { applies: "no" } },
  { ruleId: "US-IL-530.10-IND", kind: "no", name: "encrypted, key safe", facts: il(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-IL-530.10-IND", kind: "undetermined", name: "personal data not confirmed", facts: il(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IL-530.10-IND", kind: "due", name: "most expedient time: no fixed deadline", facts: il(10), expect: { dueKind: "no_fixed_deadline" } },
  // 530/10: the AG when more than 500, no later than the resident notice.
  { ruleId: "US-IL-530.10-AG", kind: "applies", name: "501 residents", facts: il(501), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.10-AG", kind: "threshold", name: "500 does not trigger", facts: il(500), expect: { applies: "no" } },
  { ruleId: "US-IL-530.10-AG", kind: "threshold", name: "501 triggers", facts: il(501), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.10-AG", kind: "no", name: "HIPAA covered entity", facts: il(501, HIPAA_COVERED), expect: { applies: "no" } },
  { ruleId: "US-IL-530.10-AG", kind: "undetermined", name: "count unknown", facts: il(null), expect: { applies: "undetermined" } },
  { ruleId: "US-IL-530.10-AG", kind: "due", name: "awaits the resident notice", facts: il(501), expect: { dueKind: "awaiting_trigger" } },
  { ruleId: "US-IL-530.10-AG", kind: "due", name: "no later than the resident notice sent 20 Mar", facts: il(501, residentNoticeSent), expect: { due: "2027-03-20T09:00:00-05:00" } },
  // 530/10(b): the maintainer.
  { ruleId: "US-IL-530.10-VND", kind: "applies", name: "processor", facts: il(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.10-VND", kind: "no", name: "owner", facts: il(10), expect: { applies: "no" } },
  { ruleId: "US-IL-530.10-VND", kind: "undetermined", name: "personal data not confirmed", facts: il(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IL-530.10-VND", kind: "due", name: "immediately: no fixed deadline", facts: il(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // 530/50: HIPAA entities copy their HHS notice to the AG within 5 business days.
  { ruleId: "US-IL-530.50-AG", kind: "applies", name: "covered entity, PHI breach", facts: hipaa(hhsNoticeSent), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.50-AG", kind: "no", name: "not a HIPAA entity", facts: il(600, hhsNoticeSent), expect: { applies: "no" } },
  { ruleId: "US-IL-530.50-AG", kind: "undetermined", name: "personal data not confirmed", facts: hipaa(PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IL-530.50-AG", kind: "due", name: "awaits the HHS notice", facts: hipaa(), expect: { dueKind: "awaiting_trigger" } },
  { ruleId: "US-IL-530.50-AG", kind: "due", name: "HHS notice Thu 11 Feb: (Fri 12 Lincoln, Mon 15 Washington) Tue 16 … Mon 22 is day 5",
    facts: hipaa(hhsNoticeSent), expect: { due: "2027-02-22T23:59:59-06:00" } },
  // 530/12: State agencies.
  { ruleId: "US-IL-530.12-AG", kind: "applies", name: "State agency, 251 residents", facts: il(251, AGENCY), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-IL-530.12-AG", kind: "threshold", name: "250 does not trigger", facts: il(250, AGENCY), expect: { applies: "no" } },
  { ruleId: "US-IL-530.12-AG", kind: "threshold", name: "251 triggers", facts: il(251, AGENCY), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.12-AG", kind: "no", name: "a private business is not a State agency", facts: il(251), expect: { applies: "no" } },
  { ruleId: "US-IL-530.12-AG", kind: "undetermined", name: "count unknown", facts: il(null, AGENCY), expect: { applies: "undetermined" } },
  { ruleId: "US-IL-530.12-AG", kind: "due", name: "deadline unverified: none shown, with an uncertain line", facts: il(251, AGENCY),
    expect: { dueKind: "no_fixed_deadline", info: [expect.objectContaining({ kind: "uncertain" })] } },
  { ruleId: "US-IL-530.12-CRA", kind: "applies", name: "State agency, 1,001 persons", facts: il(1001, AGENCY), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.12-CRA", kind: "threshold", name: "1,000 does not trigger", facts: il(1000, AGENCY), expect: { applies: "no" } },
  { ruleId: "US-IL-530.12-CRA", kind: "threshold", name: "1,001 triggers", facts: il(1001, AGENCY), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.12-CRA", kind: "no", name: "not a State agency", facts: il(1001), expect: { applies: "no" } },
  { ruleId: "US-IL-530.12-CRA", kind: "undetermined", name: "count unknown", facts: il(null, AGENCY), expect: { applies: "undetermined" } },
  { ruleId: "US-IL-530.12-CRA", kind: "due", name: "without unreasonable delay", facts: il(1001, AGENCY), expect: { dueKind: "no_fixed_deadline" } },
  // 530/25: State agency report to the General Assembly within 5 business days.
  { ruleId: "US-IL-530.25-LEG", kind: "applies", name: "State agency", facts: il(10, AGENCY), expect: { applies: "yes" } },
  { ruleId: "US-IL-530.25-LEG", kind: "no", name: "not a State agency", facts: il(10), expect: { applies: "no" } },
  { ruleId: "US-IL-530.25-LEG", kind: "undetermined", name: "personal data not confirmed", facts: il(10, AGENCY, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IL-530.25-LEG", kind: "due", name: "Thu 25 Feb: Fri 26, (Mon 1 Mar Pulaski Day), Tue 2 … Fri 5 Mar is day 5",
    facts: il(10, AGENCY), expect: { due: "2027-03-05T23:59:59-06:00" } },
  // 215 ILCS 215/20: insurance licensees, 3 business days.
  { ruleId: "US-IL-215.20-INS", kind: "applies", name: "domestic insurer, material harm likely", facts: il(10, sectorsIn("IL", { sector: "insurance", home: true })), expect: { applies: "yes" } },
  { ruleId: "US-IL-215.20-INS", kind: "no", name: "not a licensee", facts: il(10), expect: { applies: "no" } },
  { ruleId: "US-IL-215.20-INS", kind: "undetermined", name: "domestic insurer, harm not assessed", facts: il(10, sectorsIn("IL", { sector: "insurance", home: true }), { incident: { riskLevel: "unknown" } }), expect: { applies: "undetermined" } },
  { ruleId: "US-IL-215.20-INS", kind: "threshold", name: "foreign insurer, 249", facts: il(249, sectorsIn("IL", "insurance")), expect: { applies: "no" } },
  { ruleId: "US-IL-215.20-INS", kind: "threshold", name: "foreign insurer, 250", facts: il(250, sectorsIn("IL", "insurance")), expect: { applies: "yes" } },
  { ruleId: "US-IL-215.20-INS", kind: "due", name: "Fri 26 Feb: (Mon 1 Mar Pulaski Day) Tue 2, Wed 3, Thu 4",
    facts: il(10, sectorsIn("IL", { sector: "insurance", home: true })), expect: { due: "2027-03-04T23:59:59-06:00" } },
  // Malcolm X Day (Tue 19 May 2026) is a commemorative date, not a §17 holiday: date-holidays skipped it and gave Thu 21.
  { ruleId: "US-IL-215.20-INS", kind: "due", name: "Fri 15 May 2026: Mon 18, Tue 19 (Malcolm X Day is not a holiday), Wed 20",
    facts: stateFacts("IL", 10, { cybersecurityIncidentDetermined: "2026-05-15T10:00:00-05:00" }, sectorsIn("IL", { sector: "insurance", home: true })),
    expect: { due: "2026-05-20T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("205 ILCS 630/17") }]) } },
  // Good Friday is a §17 holiday that date-holidays lacked (it gave Mon 29 Mar 2027).
  { ruleId: "US-IL-215.20-INS", kind: "due", name: "Wed 24 Mar 2027: Thu 25, (Fri 26 Good Friday), Mon 29, Tue 30",
    facts: stateFacts("IL", 10, { cybersecurityIncidentDetermined: "2027-03-24T10:00:00-05:00" }, sectorsIn("IL", { sector: "insurance", home: true })),
    expect: { due: "2027-03-30T23:59:59-05:00" } },
];

describeStateRules("Illinois catalog rows", RULES, cases);
