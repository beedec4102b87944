import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/ms";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Mississippi: America/Chicago. Confederate Memorial Day (last Monday of April: 26 Apr 2027) is a legal holiday (Miss. Code §3-3-7).
const moments = { discovered: "2027-03-01T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-04-23T10:00:00-05:00" };
const ms = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("MS", count, moments, combine(...patches));
const INSURER = sectorsIn("MS", "insurance");

const cases: TStateCase[] = [
  // §75-24-29(3): notice unless, after an investigation, harm is not likely.
  { ruleId: "US-MS-75-24-29-IND", kind: "applies", name: "SSN with name acquired", facts: ms(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-MS-75-24-29-IND", kind: "applies", name: "harm not assessed: notice is the default", facts: ms(10, RISK_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-MS-75-24-29-IND", kind: "no", name: "harm not likely", facts: ms(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-MS-75-24-29-IND", kind: "no", name: "encrypted, key safe", facts: ms(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-MS-75-24-29-IND", kind: "undetermined", name: "personal data not confirmed", facts: ms(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MS-75-24-29-IND", kind: "due", name: "without unreasonable delay: no fixed deadline", facts: ms(10), expect: { dueKind: "no_fixed_deadline" } },
  // §75-24-29(4): the maintainer, when the data were acquired for fraudulent purposes.
  { ruleId: "US-MS-75-24-29-VND", kind: "applies", name: "external attack", facts: ms(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-MS-75-24-29-VND", kind: "no", name: "accidental disclosure: not for fraudulent purposes", facts: ms(10, AS_PROCESSOR, { incident: { cause: "accidental" } }), expect: { applies: "no" } },
  { ruleId: "US-MS-75-24-29-VND", kind: "undetermined", name: "cause not known", facts: ms(10, AS_PROCESSOR, { incident: { cause: "unknown" } }), expect: { applies: "undetermined" } },
  { ruleId: "US-MS-75-24-29-VND", kind: "due", name: "as soon as practicable: no fixed deadline", facts: ms(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // §§83-5-801 ff.: insurance licensees, 3 business days.
  { ruleId: "US-MS-83-5-811-INS", kind: "applies", name: "licensee (criteria U: every licensee)", facts: ms(10, INSURER), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-MS-83-5-811-INS", kind: "no", name: "not a licensee", facts: ms(10), expect: { applies: "no" } },
  { ruleId: "US-MS-83-5-811-INS", kind: "undetermined", name: "cannot be undetermined (organisation facts only): without the determination it awaits its trigger",
    facts: stateFacts("MS", 10, { discovered: moments.discovered }, INSURER), expect: { applies: "yes", dueKind: "awaiting_trigger" } },
  { ruleId: "US-MS-83-5-811-INS", kind: "due", name: "Fri 23 Apr: (Mon 26 Confederate Memorial Day) Tue 27, Wed 28, Thu 29", facts: ms(10, INSURER),
    expect: { due: "2027-04-29T23:59:59-05:00" } },
  // No Columbus Day in §3-3-7: date-holidays skipped Mon 12 Oct 2026 and gave Wed 14.
  { ruleId: "US-MS-83-5-811-INS", kind: "due", name: "Thu 8 Oct 2026: Fri 9, Mon 12 (not a Mississippi holiday), Tue 13",
    facts: stateFacts("MS", 10, { cybersecurityIncidentDetermined: "2026-10-08T10:00:00-05:00" }, INSURER),
    expect: { due: "2026-10-13T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("Miss. Code §3-3-7") }]) } },
  // Thanksgiving is the Governor's proclaimed day: not counted (date-holidays skipped it and gave Mon 30 Nov).
  { ruleId: "US-MS-83-5-811-INS", kind: "due", name: "Tue 24 Nov 2026: Wed 25, Thu 26 (Thanksgiving not counted), Fri 27",
    facts: stateFacts("MS", 10, { cybersecurityIncidentDetermined: "2026-11-24T10:00:00-06:00" }, INSURER),
    expect: { due: "2026-11-27T23:59:59-06:00", info: expect.arrayContaining([{ kind: "uncertain", text: expect.stringContaining("Thanksgiving") }]) } },
];

describeStateRules("Mississippi catalog rows", RULES, cases);
