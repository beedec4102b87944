import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/la";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Louisiana: America/Chicago (CDT from 14 Mar 2027). Mardi Gras (9 Feb 2027) is a Louisiana holiday (R.S. 1:55).
const moments = { discovered: "2027-03-01T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-02-08T10:00:00-06:00" };
const la = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("LA", count, moments, combine(...patches));
const residentNoticeSent = { notices: [{ ruleId: "US-LA-51-3074-IND", sentAt: "2027-03-08T10:00:00-06:00" }] };
const INSURER = sectorsIn("LA", "insurance");

const cases: TStateCase[] = [
  // R.S. 51:3074(C),(E): 60 days from discovery unless no reasonable likelihood of harm.
  { ruleId: "US-LA-51-3074-IND", kind: "applies", name: "SSN with name acquired", facts: la(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-LA-51-3074-IND", kind: "applies", name: "harm not assessed: notice is the default", facts: la(10, RISK_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-LA-51-3074-IND", kind: "no", name: "written no-harm determination", facts: la(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-LA-51-3074-IND", kind: "no", name: "encrypted, key safe", facts: la(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-LA-51-3074-IND", kind: "undetermined", name: "personal data not confirmed", facts: la(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-LA-51-3074-IND", kind: "due", name: "1 Mar + 60 days = 30 Apr (CDT)", facts: la(10), expect: { due: "2027-04-30T23:59:59-05:00" } },
  // LAC 16:III.701: received by the AG within 10 days of the resident notice; any breach, no threshold.
  { ruleId: "US-LA-51-3074-AG", kind: "applies", name: "one resident", facts: la(1), expect: { applies: "yes" } },
  { ruleId: "US-LA-51-3074-AG", kind: "no", name: "no resident notice owed (no harm)", facts: la(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-LA-51-3074-AG", kind: "undetermined", name: "personal data not confirmed", facts: la(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-LA-51-3074-AG", kind: "due", name: "awaits the resident notice", facts: la(10), expect: { dueKind: "awaiting_trigger" } },
  { ruleId: "US-LA-51-3074-AG", kind: "due", name: "resident notice Mon 8 Mar CST + 10 days = Thu 18 Mar (CDT)", facts: la(10, residentNoticeSent),
    expect: { due: "2027-03-18T23:59:59-05:00", info: [expect.objectContaining({ kind: "constraint" })] } },
  // Written reasons for a resident notice later than 60 days, due within the 60 days.
  { ruleId: "US-LA-51-3074-AGEXT", kind: "applies", name: "a notifiable breach", facts: la(10), expect: { applies: "yes" } },
  { ruleId: "US-LA-51-3074-AGEXT", kind: "no", name: "nothing to notify", facts: la(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-LA-51-3074-AGEXT", kind: "undetermined", name: "personal data not confirmed", facts: la(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-LA-51-3074-AGEXT", kind: "due", name: "within the 60 days", facts: la(10), expect: { due: "2027-04-30T23:59:59-05:00" } },
  // The no-harm record, to the AG on request (30 or 60 days: U).
  { ruleId: "US-LA-51-3074-NOHARM", kind: "applies", name: "the no-harm exception is relied on", facts: la(10, RISK_NONE), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-LA-51-3074-NOHARM", kind: "no", name: "residents notified instead", facts: la(10), expect: { applies: "no" } },
  { ruleId: "US-LA-51-3074-NOHARM", kind: "undetermined", name: "harm not yet assessed", facts: la(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-LA-51-3074-NOHARM", kind: "undetermined", name: "no harm, personal data not confirmed", facts: la(10, RISK_NONE, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-LA-51-3074-NOHARM", kind: "due", name: "only on the AG's request: no clock", facts: la(10, RISK_NONE), expect: { dueKind: "no_fixed_deadline", due: null } },
  // R.S. 51:3074(D): the maintainer, with the 60 days as the outer bound (U).
  { ruleId: "US-LA-51-3074-VND", kind: "applies", name: "processor", facts: la(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-LA-51-3074-VND", kind: "no", name: "owner", facts: la(10), expect: { applies: "no" } },
  { ruleId: "US-LA-51-3074-VND", kind: "undetermined", name: "personal data not confirmed", facts: la(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-LA-51-3074-VND", kind: "due", name: "60 days as the outer bound", facts: la(10, AS_PROCESSOR), expect: { due: "2027-04-30T23:59:59-05:00" } },
  // R.S. 22:2506: insurance licensees, 3 business days on Louisiana's holidays.
  { ruleId: "US-LA-22-2506-INS", kind: "applies", name: "licensee (criteria U: every licensee)", facts: la(10, INSURER), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-LA-22-2506-INS", kind: "no", name: "not a licensee", facts: la(10), expect: { applies: "no" } },
  { ruleId: "US-LA-22-2506-INS", kind: "undetermined", name: "cannot be undetermined (organisation facts only): without the determination it awaits its trigger",
    facts: stateFacts("LA", 10, { discovered: moments.discovered }, INSURER), expect: { applies: "yes", dueKind: "awaiting_trigger" } },
  { ruleId: "US-LA-22-2506-INS", kind: "due", name: "Mon 8 Feb: (Tue 9 Mardi Gras) Wed 10, Thu 11, Fri 12", facts: la(10, INSURER), expect: { due: "2027-02-12T23:59:59-06:00" } },
];

describeStateRules("Louisiana catalog rows", RULES, cases);
