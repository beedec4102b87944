import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/mn";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, combine, describeStateRules, sectorsIn, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Minnesota: America/Chicago (CST -06:00 → CDT -05:00 on Sun 14 Mar 2027). Indigenous Peoples Day (11 Oct 2027) is
// not a holiday for the executive branch (Minn. Stat. §645.44 subd. 5).
const moments = { discovered: "2027-03-13T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-10-08T10:00:00-05:00" };
const mn = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("MN", count, moments, combine(...patches));
const INSURER = sectorsIn("MN", "insurance");
const NONBANK = sectorsIn("MN", "nonbankFinancial");
const nonbank = (count: number | null, ...patches: Record<string, unknown>[]) =>
  stateFacts("MN", count, { discovered: "2027-03-01T10:00:00-06:00" }, combine(NONBANK, ...patches));

const cases: TStateCase[] = [
  // §325E.61 subd. 1: no harm threshold; GLBA financial institutions are outside the section (subd. 4).
  { ruleId: "US-MN-325E.61-IND", kind: "applies", name: "SSN with name acquired", facts: mn(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-MN-325E.61-IND", kind: "applies", name: "no harm threshold: risk none still notifies", facts: mn(10, RISK_NONE), expect: { applies: "yes" } },
  { ruleId: "US-MN-325E.61-IND", kind: "no", name: "a GLBA financial institution", facts: mn(10, { organisation: { flags: { ftcFinancialInstitution: true } } }), expect: { applies: "no" } },
  { ruleId: "US-MN-325E.61-IND", kind: "no", name: "a licensed nonbank (ch. 46A) is a GLBA institution", facts: mn(10, NONBANK), expect: { applies: "no" } },
  { ruleId: "US-MN-325E.61-IND", kind: "undetermined", name: "personal data not confirmed", facts: mn(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MN-325E.61-IND", kind: "due", name: "most expedient time: no fixed deadline", facts: mn(10), expect: { dueKind: "no_fixed_deadline" } },
  // Subd. 2: CRAs within 48 hours when more than 500 persons are to be notified.
  { ruleId: "US-MN-325E.61-CRA", kind: "applies", name: "501 persons", facts: mn(501), expect: { applies: "yes" } },
  { ruleId: "US-MN-325E.61-CRA", kind: "threshold", name: "500 does not trigger", facts: mn(500), expect: { applies: "no" } },
  { ruleId: "US-MN-325E.61-CRA", kind: "threshold", name: "501 triggers", facts: mn(501), expect: { applies: "yes" } },
  { ruleId: "US-MN-325E.61-CRA", kind: "no", name: "encrypted, key safe", facts: mn(501, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-MN-325E.61-CRA", kind: "undetermined", name: "count unknown", facts: mn(null), expect: { applies: "undetermined" } },
  { ruleId: "US-MN-325E.61-CRA", kind: "due", name: "Sat 13 Mar 10:00 CST + 48 h = Mon 15 Mar 11:00 CDT", facts: mn(501), expect: { due: "2027-03-15T11:00:00-05:00" } },
  { ruleId: "US-MN-325E.61-VND", kind: "applies", name: "processor", facts: mn(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-MN-325E.61-VND", kind: "no", name: "owner", facts: mn(10), expect: { applies: "no" } },
  { ruleId: "US-MN-325E.61-VND", kind: "undetermined", name: "personal data not confirmed", facts: mn(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MN-325E.61-VND", kind: "due", name: "immediately: no fixed deadline", facts: mn(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // §60A.9853: insurance licensees, 5 business days; encrypted data with a safe key are no cybersecurity event (§60A.985 subd. 4).
  { ruleId: "US-MN-60A.9853-INS", kind: "applies", name: "licensee (criteria U: every licensee)", facts: mn(10, INSURER), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-MN-60A.9853-INS", kind: "no", name: "encrypted, key safe", facts: mn(10, INSURER, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-MN-60A.9853-INS", kind: "undetermined", name: "encryption not known", facts: mn(10, INSURER, { incident: { encryption: { status: "unknown" } } }), expect: { applies: "undetermined" } },
  // date-holidays skipped Indigenous Peoples Day and gave Mon 18.
  { ruleId: "US-MN-60A.9853-INS", kind: "due", name: "Fri 8 Oct 2027: Mon 11 (Indigenous Peoples Day, not an executive-branch holiday) … Fri 15 is day 5",
    facts: mn(10, INSURER),
    expect: { due: "2027-10-15T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("Minn. Stat. §645.44") }]) } },
  // Veterans Day on Sat 11 Nov 2028: the preceding day is the holiday (date-holidays gave Thu 16).
  { ruleId: "US-MN-60A.9853-INS", kind: "due", name: "Thu 9 Nov 2028: (Fri 10 Veterans Day observed) Mon 13 … Fri 17 is day 5",
    facts: stateFacts("MN", 10, { cybersecurityIncidentDetermined: "2028-11-09T10:00:00-06:00" }, INSURER), expect: { due: "2028-11-17T23:59:59-06:00" } },
  // §46A.06: licensed nonbanks, at least 500 consumers, 45 days.
  { ruleId: "US-MN-46A.06-FIN", kind: "applies", name: "500 consumers", facts: nonbank(500), expect: { applies: "yes" } },
  { ruleId: "US-MN-46A.06-FIN", kind: "threshold", name: "499 does not trigger", facts: nonbank(499), expect: { applies: "no" } },
  { ruleId: "US-MN-46A.06-FIN", kind: "threshold", name: "500 triggers (at least 500)", facts: nonbank(500), expect: { applies: "yes" } },
  { ruleId: "US-MN-46A.06-FIN", kind: "no", name: "not a licensed nonbank", facts: mn(500), expect: { applies: "no" } },
  { ruleId: "US-MN-46A.06-FIN", kind: "undetermined", name: "count unknown", facts: nonbank(null), expect: { applies: "undetermined" } },
  { ruleId: "US-MN-46A.06-FIN", kind: "due", name: "1 Mar + 45 days = 15 Apr (CDT)", facts: nonbank(500), expect: { due: "2027-04-15T23:59:59-05:00" } },
];

describeStateRules("Minnesota catalog rows", RULES, cases);
