import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/al";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, combine, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, describeStateRules, sectorsIn, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Alabama: America/Chicago. DST begins Sun 14 Mar 2027 (CST -06:00 → CDT -05:00).
const determined = { breachDetermined: "2027-03-01T10:00:00-06:00", discovered: "2027-03-01T10:00:00-06:00" };
const al = (count: number | null, patch: Record<string, unknown> = {}) => stateFacts("AL", count, determined, patch);
const insurer = (count: number | null, home: boolean, patch: Record<string, unknown> = {}) =>
  stateFacts("AL", count, { cybersecurityIncidentDetermined: "2027-04-22T15:00:00-05:00" }, combine(sectorsIn("AL", { sector: "insurance", home }), patch));

/** A domestic insurer whose cybersecurity event was determined at `determined`. */
const insurerAt = (determinedAt: string) => stateFacts("AL", 10, { cybersecurityIncidentDetermined: determinedAt }, sectorsIn("AL", { sector: "insurance", home: true }));

const cases: TStateCase[] = [
  // §8-38-5: 45 days from the determination, or from the vendor's notice if that came first; substantial harm needed.
  { ruleId: "US-AL-8-38-5-IND", kind: "applies", name: "SSN with name acquired, harm likely", facts: al(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-AL-8-38-5-IND", kind: "no", name: "encrypted, key safe", facts: al(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-AL-8-38-5-IND", kind: "no", name: "no substantial harm likely", facts: al(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-AL-8-38-5-IND", kind: "no", name: "credentials without a name are not SPII", facts: al(10, { incident: { dataCategories: ["online_credentials"] } }), expect: { applies: "no" } },
  { ruleId: "US-AL-8-38-5-IND", kind: "undetermined", name: "harm not assessed (positive finding needed)", facts: al(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-AL-8-38-5-IND", kind: "due", name: "1 Mar + 45 days = 15 Apr, after the DST change", facts: al(10), expect: { due: "2027-04-15T23:59:59-05:00", dueKind: "fixed" } },
  { ruleId: "US-AL-8-38-5-IND", kind: "due", name: "the vendor's notice of 20 Feb came first: 6 Apr",
    facts: al(10, { moments: { ...determined, vendorNoticeReceived: "2027-02-20T09:00:00-06:00" } }), expect: { due: "2027-04-06T23:59:59-05:00" } },
  // §8-38-6: the Attorney General when more than 1,000 must be notified.
  { ruleId: "US-AL-8-38-6-AG", kind: "applies", name: "1,001 residents", facts: al(1001), expect: { applies: "yes" } },
  { ruleId: "US-AL-8-38-6-AG", kind: "threshold", name: "exactly 1,000 is not more than 1,000", facts: al(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
  { ruleId: "US-AL-8-38-6-AG", kind: "threshold", name: "1,001 is more than 1,000", facts: al(1001), expect: { applies: "yes" } },
  { ruleId: "US-AL-8-38-6-AG", kind: "no", name: "a processor does not notify the AG", facts: al(1001, AS_PROCESSOR), expect: { applies: "no" } },
  { ruleId: "US-AL-8-38-6-AG", kind: "undetermined", name: "count unknown", facts: al(null), expect: { applies: "undetermined" } },
  { ruleId: "US-AL-8-38-6-AG", kind: "due", name: "45 days, like the residents", facts: al(1001), expect: { due: "2027-04-15T23:59:59-05:00" } },
  // §8-38-7: CRAs, more than 1,000, no day count.
  { ruleId: "US-AL-8-38-7-CRA", kind: "applies", name: "1,001 residents", facts: al(1001), expect: { applies: "yes" } },
  { ruleId: "US-AL-8-38-7-CRA", kind: "threshold", name: "1,000 does not trigger", facts: al(1000), expect: { applies: "no" } },
  { ruleId: "US-AL-8-38-7-CRA", kind: "threshold", name: "1,001 triggers", facts: al(1001), expect: { applies: "yes" } },
  { ruleId: "US-AL-8-38-7-CRA", kind: "no", name: "encrypted, key safe", facts: al(1001, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-AL-8-38-7-CRA", kind: "undetermined", name: "count unknown", facts: al(null), expect: { applies: "undetermined" } },
  { ruleId: "US-AL-8-38-7-CRA", kind: "due", name: "without unreasonable delay: no fixed deadline", facts: al(1001), expect: { dueKind: "no_fixed_deadline", due: null } },
  // §8-38-8: the third-party agent tells the covered entity within 10 days of its own determination.
  { ruleId: "US-AL-8-38-8-VND", kind: "applies", name: "processor", facts: al(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-AL-8-38-8-VND", kind: "no", name: "the owner does not notify itself", facts: al(10), expect: { applies: "no" } },
  { ruleId: "US-AL-8-38-8-VND", kind: "undetermined", name: "personal data not confirmed", facts: al(10, combine(AS_PROCESSOR, PERSONAL_DATA_UNKNOWN)), expect: { applies: "undetermined" } },
  { ruleId: "US-AL-8-38-8-VND", kind: "due", name: "1 Mar + 10 days, still CST", facts: al(10, AS_PROCESSOR), expect: { due: "2027-03-11T23:59:59-06:00" } },
  // §27-62-6: insurance licensees, 3 business days on Alabama's holidays (Confederate Memorial Day, §1-3-8).
  { ruleId: "US-AL-27-62-6-INS", kind: "applies", name: "domestic insurer, material harm likely", facts: insurer(10, true), expect: { applies: "yes" } },
  { ruleId: "US-AL-27-62-6-INS", kind: "no", name: "not an insurance licensee", facts: stateFacts("AL", 10, { cybersecurityIncidentDetermined: "2027-04-22T15:00:00-05:00" }), expect: { applies: "no" } },
  { ruleId: "US-AL-27-62-6-INS", kind: "no", name: "domestic insurer, no material harm, fewer than 250", facts: insurer(10, true, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-AL-27-62-6-INS", kind: "undetermined", name: "250+ consumers, no harm: whether another law requires a government notice is for counsel",
    facts: insurer(300, false, RISK_NONE), expect: { applies: "undetermined" } },
  { ruleId: "US-AL-27-62-6-INS", kind: "threshold", name: "foreign insurer, 249 consumers", facts: insurer(249, false), expect: { applies: "no" } },
  { ruleId: "US-AL-27-62-6-INS", kind: "threshold", name: "foreign insurer, 250 consumers (250 or more)", facts: insurer(250, false), expect: { applies: "yes" } },
  { ruleId: "US-AL-27-62-6-INS", kind: "due", name: "Thu 22 Apr: Fri 23, (Mon 26 Confederate Memorial Day), Tue 27, Wed 28",
    facts: insurer(10, true), expect: { due: "2027-04-28T23:59:59-05:00", timeZone: "America/Chicago" } },
  // §1-3-8 has no Juneteenth: date-holidays skipped Fri 19 Jun 2026 and gave Tue 23.
  { ruleId: "US-AL-27-62-6-INS", kind: "due", name: "Wed 17 Jun 2026: Thu 18, Fri 19 (Juneteenth is not in §1-3-8), Mon 22",
    facts: insurerAt("2026-06-17T10:00:00-05:00"),
    expect: { due: "2026-06-22T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("Ala. Code §1-3-8") }]) } },
  // Thanksgiving is the Governor's designation: not counted (date-holidays skipped it and gave Mon 30 Nov).
  { ruleId: "US-AL-27-62-6-INS", kind: "due", name: "Tue 24 Nov 2026: Wed 25, Thu 26 (Thanksgiving not counted), Fri 27",
    facts: insurerAt("2026-11-24T10:00:00-06:00"),
    expect: { due: "2026-11-27T23:59:59-06:00", info: expect.arrayContaining([{ kind: "uncertain", text: expect.stringContaining("Thanksgiving") }]) } },
];

describeStateRules("Alabama catalog rows", RULES, cases);
