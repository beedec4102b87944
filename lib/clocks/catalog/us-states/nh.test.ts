import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/nh";
import {
  AS_PROCESSOR, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// New Hampshire: America/New_York. RSA 288:1 has Columbus Day and the appointed Thanksgiving, not the day after.
const moments = {
  aware: "2027-03-01T10:00:00-05:00", discovered: "2027-03-01T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-11-24T10:00:00-05:00",
};
const nh = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("NH", count, moments, combine(...patches));
const DOMESTIC = sectorsIn("NH", { sector: "insurance", home: true });
const individualNoticeSent = { notices: [{ ruleId: "US-NH-359-C-20-IND", sentAt: "2027-03-15T09:00:00-04:00" }] };

const cases: TStateCase[] = [
  // RSA 359-C:20 I(a): notice if misuse occurred, is likely, or cannot be determined.
  { ruleId: "US-NH-359-C-20-IND", kind: "applies", name: "misuse likely", facts: nh(10), expect: { applies: "yes", timeZone: "America/New_York" } },
  { ruleId: "US-NH-359-C-20-IND", kind: "applies", name: "a determination cannot be made: notify", facts: nh(10, RISK_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-NH-359-C-20-IND", kind: "no", name: "misuse determined unlikely", facts: nh(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NH-359-C-20-IND", kind: "undetermined", name: "personal data not confirmed", facts: nh(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NH-359-C-20-IND", kind: "due", name: "as soon as possible: no fixed deadline", facts: nh(10), expect: { dueKind: "no_fixed_deadline" } },
  // RSA 359-C:20 I(b): the AG (or primary regulator), stating the anticipated notice date: no later than the notice.
  { ruleId: "US-NH-359-C-20-REG", kind: "applies", name: "any individual notice", facts: nh(1), expect: { applies: "yes" } },
  { ruleId: "US-NH-359-C-20-REG", kind: "no", name: "no individual notice owed", facts: nh(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NH-359-C-20-REG", kind: "undetermined", name: "personal data not confirmed", facts: nh(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NH-359-C-20-REG", kind: "due", name: "awaits the individual notice", facts: nh(10), expect: { dueKind: "awaiting_trigger" } },
  { ruleId: "US-NH-359-C-20-REG", kind: "due", name: "no later than the individual notice (EDT)", facts: nh(10, individualNoticeSent), expect: { due: "2027-03-15T09:00:00-04:00" } },
  // RSA 359-C:20 VI: CRAs above 1,000.
  { ruleId: "US-NH-359-C-20-CRA", kind: "applies", name: "1,001 persons", facts: nh(1001), expect: { applies: "yes" } },
  { ruleId: "US-NH-359-C-20-CRA", kind: "threshold", name: "1,000 does not trigger", facts: nh(1000), expect: { applies: "no" } },
  { ruleId: "US-NH-359-C-20-CRA", kind: "threshold", name: "1,001 triggers", facts: nh(1001), expect: { applies: "yes" } },
  { ruleId: "US-NH-359-C-20-CRA", kind: "no", name: "misuse unlikely", facts: nh(1001, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NH-359-C-20-CRA", kind: "undetermined", name: "count unknown", facts: nh(null), expect: { applies: "undetermined" } },
  { ruleId: "US-NH-359-C-20-CRA", kind: "due", name: "without unreasonable delay", facts: nh(1001), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-NH-359-C-20-VND", kind: "applies", name: "processor", facts: nh(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-NH-359-C-20-VND", kind: "no", name: "data only accessed, not acquired", facts: nh(10, AS_PROCESSOR, { incident: { compromise: ["access"] } }), expect: { applies: "no" } },
  { ruleId: "US-NH-359-C-20-VND", kind: "undetermined", name: "personal data not confirmed", facts: nh(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NH-359-C-20-VND", kind: "due", name: "immediately: no fixed deadline", facts: nh(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // RSA 420-P:6: insurance licensees, 3 business days.
  { ruleId: "US-NH-420-P-6-INS", kind: "applies", name: "domestic insurer, material harm likely", facts: nh(10, DOMESTIC), expect: { applies: "yes" } },
  { ruleId: "US-NH-420-P-6-INS", kind: "no", name: "not a licensee", facts: nh(10), expect: { applies: "no" } },
  { ruleId: "US-NH-420-P-6-INS", kind: "undetermined", name: "domestic insurer, harm not assessed", facts: nh(10, DOMESTIC, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NH-420-P-6-INS", kind: "threshold", name: "foreign insurer, 249", facts: nh(249, sectorsIn("NH", "insurance")), expect: { applies: "no" } },
  { ruleId: "US-NH-420-P-6-INS", kind: "threshold", name: "foreign insurer, 250", facts: nh(250, sectorsIn("NH", "insurance")), expect: { applies: "yes" } },
  // date-holidays skipped Thanksgiving and the day after and gave Wed 1 Dec.
  { ruleId: "US-NH-420-P-6-INS", kind: "due", name: "Wed 24 Nov 2027: Thu 25 (appointed Thanksgiving not counted), Fri 26, Mon 29", facts: nh(10, DOMESTIC),
    expect: { due: "2027-11-29T23:59:59-05:00", info: expect.arrayContaining([{ kind: "uncertain", text: expect.stringContaining("Thanksgiving") }]) } },
  // Columbus Day is an RSA 288:1 holiday date-holidays lacked (it gave Wed 14 Oct).
  { ruleId: "US-NH-420-P-6-INS", kind: "due", name: "Fri 9 Oct 2026: (Mon 12 Columbus Day) Tue 13, Wed 14, Thu 15",
    facts: stateFacts("NH", 10, { cybersecurityIncidentDetermined: "2026-10-09T10:00:00-04:00" }, DOMESTIC),
    expect: { due: "2026-10-15T23:59:59-04:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("RSA 288:1") }]) } },
  // Ins 3702.03: possibly expired, no clock.
  { ruleId: "US-NH-Ins3702.03-INS", kind: "no", name: "not confirmed in force", facts: nh(10, DOMESTIC), expect: { applies: "no", verification: "U" } },
];

describeStateRules("New Hampshire catalog rows", RULES, cases);
