import { RULES } from "@/lib/clocks/catalog/us-states/in";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Indiana: America/Indiana/Indianapolis (EST -05:00 → EDT -04:00 on 14 Mar 2027). Good Friday (26 Mar 2027) is an
// Indiana legal holiday (IC 1-1-9-1).
const moments = { discovered: "2027-03-01T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-03-25T10:00:00-04:00" };
const ind = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("IN", count, moments, combine(...patches));
const agency = (...patches: Record<string, unknown>[]) =>
  stateFacts("IN", 10, { discovered: "2027-03-25T10:00:00-04:00" }, combine(sectorsIn("IN", "publicAgency"), ...patches));

const cases: TStateCase[] = [
  // IC 24-4.9-3-1(a), 3-3: 45 days after discovery; "could result in" identity deception, theft or fraud.
  { ruleId: "US-IN-24-4.9-3-1-IND", kind: "applies", name: "SSN with name acquired", facts: ind(10), expect: { applies: "yes", timeZone: "America/Indiana/Indianapolis" } },
  { ruleId: "US-IN-24-4.9-3-1-IND", kind: "applies", name: "an SSN alone, no name (IC 24-4.9-2-10)", facts: ind(10, { incident: { dataCategories: ["national_id_number"] } }), expect: { applies: "yes" } },
  { ruleId: "US-IN-24-4.9-3-1-IND", kind: "applies", name: "harm not assessed: 'could result' is the default", facts: ind(10, RISK_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-IN-24-4.9-3-1-IND", kind: "no", name: "could not result in fraud", facts: ind(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-IN-24-4.9-3-1-IND", kind: "no", name: "encrypted, key safe", facts: ind(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-IN-24-4.9-3-1-IND", kind: "undetermined", name: "personal data not confirmed", facts: ind(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IN-24-4.9-3-1-IND", kind: "due", name: "1 Mar + 45 days = 15 Apr (EDT)", facts: ind(10), expect: { due: "2027-04-15T23:59:59-04:00", dueKind: "fixed" } },
  { ruleId: "US-IN-24-4.9-3-1-AG", kind: "applies", name: "any resident disclosure", facts: ind(1), expect: { applies: "yes" } },
  { ruleId: "US-IN-24-4.9-3-1-AG", kind: "no", name: "no resident disclosure (no residents)", facts: ind(0), expect: { applies: "no" } },
  { ruleId: "US-IN-24-4.9-3-1-AG", kind: "undetermined", name: "personal data not confirmed", facts: ind(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IN-24-4.9-3-1-AG", kind: "due", name: "45 days (3-3 covers every disclosure)", facts: ind(10), expect: { due: "2027-04-15T23:59:59-04:00" } },
  { ruleId: "US-IN-24-4.9-3-1-CRA", kind: "applies", name: "1,001 consumers", facts: ind(1001), expect: { applies: "yes" } },
  { ruleId: "US-IN-24-4.9-3-1-CRA", kind: "threshold", name: "1,000 does not trigger", facts: ind(1000), expect: { applies: "no" } },
  { ruleId: "US-IN-24-4.9-3-1-CRA", kind: "threshold", name: "1,001 triggers", facts: ind(1001), expect: { applies: "yes" } },
  { ruleId: "US-IN-24-4.9-3-1-CRA", kind: "no", name: "no fraud possible", facts: ind(1001, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-IN-24-4.9-3-1-CRA", kind: "undetermined", name: "count unknown", facts: ind(null), expect: { applies: "undetermined" } },
  { ruleId: "US-IN-24-4.9-3-1-CRA", kind: "due", name: "45 days", facts: ind(1001), expect: { due: "2027-04-15T23:59:59-04:00" } },
  // IC 24-4.9-3-2 with 3-3: the maintainer's notification is also one "under this chapter".
  { ruleId: "US-IN-24-4.9-3-2-VND", kind: "applies", name: "processor", facts: ind(10, AS_PROCESSOR), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-IN-24-4.9-3-2-VND", kind: "no", name: "owner", facts: ind(10), expect: { applies: "no" } },
  { ruleId: "US-IN-24-4.9-3-2-VND", kind: "undetermined", name: "personal data not confirmed", facts: ind(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IN-24-4.9-3-2-VND", kind: "due", name: "45 days after the maintainer's discovery", facts: ind(10, AS_PROCESSOR), expect: { due: "2027-04-15T23:59:59-04:00" } },
  // IC 27-2-27-21: insurance licensees (deadline U: 3 business days shown).
  { ruleId: "US-IN-27-2-27-21-INS", kind: "applies", name: "licensee, material harm likely", facts: ind(10, sectorsIn("IN", "insurance")), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-IN-27-2-27-21-INS", kind: "no", name: "no material harm: not a cybersecurity event (27-2-27-5)", facts: ind(10, sectorsIn("IN", "insurance"), RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-IN-27-2-27-21-INS", kind: "no", name: "encrypted, key not taken: not a cybersecurity event (27-2-27-5(1))", facts: ind(10, sectorsIn("IN", "insurance"), ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-IN-27-2-27-21-INS", kind: "undetermined", name: "harm not assessed", facts: ind(10, sectorsIn("IN", "insurance"), RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IN-27-2-27-21-INS", kind: "due", name: "Thu 25 Mar: (Fri 26 Good Friday) Mon 29, Tue 30, Wed 31",
    facts: ind(10, sectorsIn("IN", "insurance")), expect: { due: "2027-03-31T23:59:59-04:00" } },
  // IC 27-2-27-22: assuming insurers, 3 business days from the determination or the service provider's notice.
  { ruleId: "US-IN-27-2-27-22-INS", kind: "applies", name: "assuming insurer", facts: ind(10, sectorsIn("IN", "assumingInsurer")), expect: { applies: "yes" } },
  { ruleId: "US-IN-27-2-27-22-INS", kind: "no", name: "a direct insurer is not an assuming insurer", facts: ind(10, sectorsIn("IN", "insurance")), expect: { applies: "no" } },
  { ruleId: "US-IN-27-2-27-22-INS", kind: "undetermined", name: "harm not assessed", facts: ind(10, sectorsIn("IN", "assumingInsurer"), RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-IN-27-2-27-22-INS", kind: "due", name: "determination Thu 25 Mar: Wed 31 Mar", facts: ind(10, sectorsIn("IN", "assumingInsurer")), expect: { due: "2027-03-31T23:59:59-04:00" } },
  { ruleId: "US-IN-27-2-27-22-INS", kind: "due", name: "the service provider's notice of Tue 23 Mar came first: Wed 24, Thu 25, (Good Friday) Mon 29",
    facts: ind(10, sectorsIn("IN", "assumingInsurer"), { moments: { vendorNoticeReceived: "2027-03-23T10:00:00-04:00" } }), expect: { due: "2027-03-29T23:59:59-04:00" } },
  // IC 4-13.1-2-9: state agencies and political subdivisions, 2 business days, no personal data needed.
  { ruleId: "US-IN-4-13.1-2-9-OT", kind: "applies", name: "political subdivision, no personal data", facts: agency(PERSONAL_DATA_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-IN-4-13.1-2-9-OT", kind: "no", name: "private business", facts: ind(10), expect: { applies: "no" } },
  { ruleId: "US-IN-4-13.1-2-9-OT", kind: "undetermined", name: "cannot be undetermined (organisation facts only): without discovery it awaits its trigger",
    facts: stateFacts("IN", 10, {}, sectorsIn("IN", "publicAgency")), expect: { applies: "yes", dueKind: "awaiting_trigger" } },
  { ruleId: "US-IN-4-13.1-2-9-OT", kind: "due", name: "Thu 25 Mar: (Good Friday) Mon 29, Tue 30", facts: agency(), expect: { due: "2027-03-30T23:59:59-04:00" } },
];

describeStateRules("Indiana catalog rows", RULES, cases);
