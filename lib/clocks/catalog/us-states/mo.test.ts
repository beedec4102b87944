import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/mo";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Missouri: America/Chicago. Truman Day (8 May) is a Missouri holiday (Mo. Rev. Stat. §9.010); on a Friday in 2026.
const moments = { discovered: "2027-03-01T10:00:00-06:00", cybersecurityIncidentDetermined: "2026-05-07T10:00:00-05:00" };
const mo = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("MO", count, moments, combine(...patches));
const DOMESTIC = sectorsIn("MO", { sector: "insurance", home: true });
const residentNoticeSent = { notices: [{ ruleId: "US-MO-407.1500-IND", sentAt: "2027-03-20T10:00:00-05:00" }] };

const cases: TStateCase[] = [
  // §407.1500.2: notice unless identity theft or fraud is not reasonably likely (written determination).
  { ruleId: "US-MO-407.1500-IND", kind: "applies", name: "SSN with name accessed and acquired", facts: mo(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-MO-407.1500-IND", kind: "applies", name: "medical information with the name", facts: mo(10, { incident: { dataCategories: ["name", "health"] } }), expect: { applies: "yes" } },
  { ruleId: "US-MO-407.1500-IND", kind: "no", name: "fraud not reasonably likely", facts: mo(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-MO-407.1500-IND", kind: "undetermined", name: "personal data not confirmed", facts: mo(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MO-407.1500-IND", kind: "due", name: "without unreasonable delay: no fixed deadline", facts: mo(10, RISK_UNKNOWN), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-MO-407.1500-AG", kind: "applies", name: "1,001 consumers", facts: mo(1001, residentNoticeSent), expect: { applies: "yes" } },
  { ruleId: "US-MO-407.1500-AG", kind: "threshold", name: "1,000 does not trigger", facts: mo(1000), expect: { applies: "no" } },
  { ruleId: "US-MO-407.1500-AG", kind: "threshold", name: "1,001 triggers", facts: mo(1001), expect: { applies: "yes" } },
  { ruleId: "US-MO-407.1500-AG", kind: "no", name: "encrypted, key safe", facts: mo(1001, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-MO-407.1500-AG", kind: "undetermined", name: "count unknown", facts: mo(null), expect: { applies: "undetermined" } },
  { ruleId: "US-MO-407.1500-AG", kind: "due", name: "without unreasonable delay after the resident notice", facts: mo(1001, residentNoticeSent),
    expect: { dueKind: "no_fixed_deadline", trigger: { moment: "notice", ruleId: "US-MO-407.1500-IND", at: "2027-03-20T10:00:00-05:00" } } },
  { ruleId: "US-MO-407.1500-CRA", kind: "applies", name: "1,001 consumers", facts: mo(1001), expect: { applies: "yes" } },
  { ruleId: "US-MO-407.1500-CRA", kind: "threshold", name: "1,000 does not trigger", facts: mo(1000), expect: { applies: "no" } },
  { ruleId: "US-MO-407.1500-CRA", kind: "threshold", name: "1,001 triggers", facts: mo(1001), expect: { applies: "yes" } },
  { ruleId: "US-MO-407.1500-CRA", kind: "no", name: "fraud not reasonably likely", facts: mo(1001, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-MO-407.1500-CRA", kind: "undetermined", name: "count unknown", facts: mo(null), expect: { applies: "undetermined" } },
  { ruleId: "US-MO-407.1500-CRA", kind: "due", name: "no fixed deadline", facts: mo(1001), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-MO-407.1500-VND", kind: "applies", name: "processor", facts: mo(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-MO-407.1500-VND", kind: "no", name: "owner", facts: mo(10), expect: { applies: "no" } },
  { ruleId: "US-MO-407.1500-VND", kind: "undetermined", name: "personal data not confirmed", facts: mo(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MO-407.1500-VND", kind: "due", name: "immediately: no fixed deadline", facts: mo(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // §375.1410: insurance licensees, 4 business days.
  { ruleId: "US-MO-375.1410-INS", kind: "applies", name: "domestic insurer, material harm likely", facts: mo(10, DOMESTIC), expect: { applies: "yes" } },
  { ruleId: "US-MO-375.1410-INS", kind: "no", name: "not a licensee", facts: mo(10), expect: { applies: "no" } },
  { ruleId: "US-MO-375.1410-INS", kind: "undetermined", name: "250+ consumers, no harm: government notice for counsel", facts: mo(300, sectorsIn("MO", "insurance"), RISK_NONE), expect: { applies: "undetermined" } },
  { ruleId: "US-MO-375.1410-INS", kind: "threshold", name: "foreign insurer, 249", facts: mo(249, sectorsIn("MO", "insurance")), expect: { applies: "no" } },
  { ruleId: "US-MO-375.1410-INS", kind: "threshold", name: "foreign insurer, 250", facts: mo(250, sectorsIn("MO", "insurance")), expect: { applies: "yes" } },
  { ruleId: "US-MO-375.1410-INS", kind: "due", name: "Thu 7 May 2026: (Fri 8 Truman Day) Mon 11, Tue 12, Wed 13, Thu 14", facts: mo(10, DOMESTIC),
    expect: { due: "2026-05-14T23:59:59-05:00" } },
  // Juneteenth is not in §9.010: date-holidays skipped Fri 19 Jun 2026 and gave Wed 24.
  { ruleId: "US-MO-375.1410-INS", kind: "due", name: "Wed 17 Jun 2026: Thu 18, Fri 19 (not a §9.010 holiday), Mon 22, Tue 23",
    facts: stateFacts("MO", 10, { cybersecurityIncidentDetermined: "2026-06-17T10:00:00-05:00" }, DOMESTIC),
    expect: { due: "2026-06-23T23:59:59-05:00", info: expect.arrayContaining([{ kind: "uncertain", text: expect.stringContaining("Juneteenth") }]) } },
];

describeStateRules("Missouri catalog rows", RULES, cases);
