import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/ak";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Alaska: America/Juneau (AKST -09:00, AKDT -08:00 from Sun 14 Mar 2027).
const discovered = { discovered: "2027-03-01T10:00:00-09:00" };
const ak = (count: number | null, patch: Record<string, unknown> = {}) => stateFacts("AK", count, discovered, patch);
const insurer = (count: number | null, home: boolean, patch: Record<string, unknown> = {}) =>
  stateFacts("AK", count, { cybersecurityIncidentDetermined: "2027-03-25T10:00:00-08:00" }, combine(sectorsIn("AK", { sector: "insurance", home }), patch));

/** A domestic insurer whose cybersecurity event was determined at `determined`. */
const insurerAt = (determined: string) =>
  stateFacts("AK", 10, { cybersecurityIncidentDetermined: determined }, sectorsIn("AK", { sector: "insurance", home: true }));

const cases: TStateCase[] = [
  // AS 45.48.010: notice is the default; a written no-harm determination (after notifying the AG) takes it out.
  { ruleId: "US-AK-45.48.010-IND", kind: "applies", name: "SSN with name acquired", facts: ak(10), expect: { applies: "yes", timeZone: "America/Juneau" } },
  { ruleId: "US-AK-45.48.010-IND", kind: "applies", name: "a PIN with the name counts (45.48.090(7))", facts: ak(10, { incident: { dataCategories: ["name", "financial_access_code"] } }), expect: { applies: "yes" } },
  { ruleId: "US-AK-45.48.010-IND", kind: "no", name: "no-harm determination", facts: ak(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-AK-45.48.010-IND", kind: "no", name: "encrypted, key safe", facts: ak(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-AK-45.48.010-IND", kind: "undetermined", name: "personal data not confirmed", facts: ak(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-AK-45.48.010-IND", kind: "due", name: "most expeditious time: no fixed deadline", facts: ak(10), expect: { dueKind: "no_fixed_deadline", due: null } },
  // AS 45.48.010(c): the AG notice exists only where the no-harm exception is relied on.
  { ruleId: "US-AK-45.48.010-AG", kind: "applies", name: "risk assessed as none", facts: ak(10, RISK_NONE), expect: { applies: "yes" } },
  { ruleId: "US-AK-45.48.010-AG", kind: "no", name: "harm likely: residents are notified instead", facts: ak(10), expect: { applies: "no" } },
  { ruleId: "US-AK-45.48.010-AG", kind: "undetermined", name: "harm not yet assessed: whether the exception will be relied on is open", facts: ak(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-AK-45.48.010-AG", kind: "undetermined", name: "no harm, personal data not confirmed", facts: ak(10, combine(RISK_NONE, PERSONAL_DATA_UNKNOWN)), expect: { applies: "undetermined" } },
  { ruleId: "US-AK-45.48.010-AG", kind: "due", name: "a precondition, no day count", facts: ak(10, RISK_NONE),
    expect: { dueKind: "no_fixed_deadline", due: null, info: [expect.objectContaining({ kind: "constraint" })] } },
  // AS 45.48.040: CRAs when more than 1,000 residents are notified.
  { ruleId: "US-AK-45.48.040-CRA", kind: "applies", name: "1,001 residents", facts: ak(1001), expect: { applies: "yes" } },
  { ruleId: "US-AK-45.48.040-CRA", kind: "threshold", name: "1,000 does not trigger", facts: ak(1000), expect: { applies: "no" } },
  { ruleId: "US-AK-45.48.040-CRA", kind: "threshold", name: "1,001 triggers", facts: ak(1001), expect: { applies: "yes" } },
  { ruleId: "US-AK-45.48.040-CRA", kind: "no", name: "no resident notice owed (no harm)", facts: ak(1001, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-AK-45.48.040-CRA", kind: "undetermined", name: "count unknown", facts: ak(null), expect: { applies: "undetermined" } },
  { ruleId: "US-AK-45.48.040-CRA", kind: "due", name: "without unreasonable delay", facts: ak(1001), expect: { dueKind: "no_fixed_deadline" } },
  // AS 45.48.070: the information recipient tells the distributor (timing U).
  { ruleId: "US-AK-45.48.070-VND", kind: "applies", name: "processor", facts: ak(10, AS_PROCESSOR), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-AK-45.48.070-VND", kind: "no", name: "owner", facts: ak(10), expect: { applies: "no" } },
  { ruleId: "US-AK-45.48.070-VND", kind: "undetermined", name: "personal data not confirmed", facts: ak(10, combine(AS_PROCESSOR, PERSONAL_DATA_UNKNOWN)), expect: { applies: "undetermined" } },
  { ruleId: "US-AK-45.48.070-VND", kind: "due", name: "timing unverified: no fixed deadline, an uncertain line",
    facts: ak(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline", info: [expect.objectContaining({ kind: "uncertain" })] } },
  // AS 21.23.280: a domestic insurer or home-state producer notifies for every cybersecurity event (no harm qualifier).
  { ruleId: "US-AK-21.23.280-INS", kind: "applies", name: "domestic insurer, even without material harm", facts: insurer(10, true, RISK_NONE), expect: { applies: "yes" } },
  { ruleId: "US-AK-21.23.280-INS", kind: "no", name: "encrypted, key safe: no cybersecurity event (AS 21.23.399)", facts: insurer(10, true, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-AK-21.23.280-INS", kind: "no", name: "not a licensee", facts: stateFacts("AK", 10, discovered), expect: { applies: "no" } },
  { ruleId: "US-AK-21.23.280-INS", kind: "undetermined", name: "250+ consumers, no harm: government notice for counsel", facts: insurer(300, false, RISK_NONE), expect: { applies: "undetermined" } },
  { ruleId: "US-AK-21.23.280-INS", kind: "threshold", name: "foreign insurer, 249", facts: insurer(249, false), expect: { applies: "no" } },
  { ruleId: "US-AK-21.23.280-INS", kind: "threshold", name: "foreign insurer, 250", facts: insurer(250, false), expect: { applies: "yes" } },
  { ruleId: "US-AK-21.23.280-INS", kind: "due", name: "Thu 25 Mar: Fri 26, (Mon 29 Seward's Day, AS 44.12.010), Tue 30, Wed 31",
    facts: insurer(10, true), expect: { due: "2027-03-31T23:59:59-08:00", timeZone: "America/Juneau" } },
  // AS 44.12.010 has no Columbus Day / Indigenous Peoples' Day: date-holidays skipped Mon 12 Oct and gave Wed 14.
  { ruleId: "US-AK-21.23.280-INS", kind: "due", name: "Thu 8 Oct 2026: Fri 9, Mon 12 (not an AS 44.12.010 holiday), Tue 13",
    facts: insurerAt("2026-10-08T10:00:00-08:00"),
    expect: { due: "2026-10-13T23:59:59-08:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("AS 44.12.010") }]) } },
  // AS 44.12.020 moves Sundays only: date-holidays skipped Fri 18 Jun 2027 (Juneteenth on a Saturday) and gave Tue 22.
  { ruleId: "US-AK-21.23.280-INS", kind: "due", name: "Wed 16 Jun 2027: Thu 17, Fri 18 (Saturday Juneteenth is not moved), Mon 21",
    facts: insurerAt("2027-06-16T10:00:00-08:00"), expect: { due: "2027-06-21T23:59:59-08:00" } },
  // Alaska Day on Sun 18 Oct 2026: Sunday and the following Monday are both holidays (date-holidays gave Tue 20).
  { ruleId: "US-AK-21.23.280-INS", kind: "due", name: "Thu 15 Oct 2026: Fri 16, (Mon 19 Alaska Day observed), Tue 20, Wed 21",
    facts: insurerAt("2026-10-15T10:00:00-08:00"),
    expect: { due: "2026-10-21T23:59:59-08:00", info: expect.arrayContaining([{ kind: "uncertain", text: expect.stringContaining("Juneteenth") }]) } },
];

describeStateRules("Alaska catalog rows", RULES, cases);
