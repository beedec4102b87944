import { RULES } from "@/lib/clocks/catalog/us-states/id";
import {
  AS_PROCESSOR, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Idaho: America/Boise (MDT -06:00 until Sun 7 Nov 2027 02:00, then MST -07:00).
const moments = { aware: "2027-11-06T12:00:00-06:00", discovered: "2027-11-06T12:00:00-06:00" };
const id = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("ID", count, moments, combine(...patches));
const AGENCY = sectorsIn("ID", "publicAgency");

const cases: TStateCase[] = [
  // §28-51-105(1): notice only if misuse has occurred or is reasonably likely (a positive finding).
  { ruleId: "US-ID-28-51-105-IND", kind: "applies", name: "misuse reasonably likely", facts: id(10), expect: { applies: "yes", timeZone: "America/Boise" } },
  { ruleId: "US-ID-28-51-105-IND", kind: "no", name: "misuse not likely", facts: id(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-ID-28-51-105-IND", kind: "no", name: "a credit card number with its code but no name", facts: id(10, { incident: { dataCategories: ["financial_account", "financial_access_code"] } }), expect: { applies: "no" } },
  { ruleId: "US-ID-28-51-105-IND", kind: "undetermined", name: "misuse not assessed", facts: id(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-ID-28-51-105-IND", kind: "due", name: "as soon as possible: no fixed deadline", facts: id(10), expect: { dueKind: "no_fixed_deadline" } },
  // §28-51-105: a public agency tells the Attorney General within 24 hours of discovery.
  { ruleId: "US-ID-28-51-105-AG", kind: "applies", name: "public agency", facts: id(10, AGENCY), expect: { applies: "yes" } },
  { ruleId: "US-ID-28-51-105-AG", kind: "applies", name: "also when it only maintains the data", facts: id(10, AGENCY, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-ID-28-51-105-AG", kind: "no", name: "a private business does not", facts: id(10), expect: { applies: "no" } },
  { ruleId: "US-ID-28-51-105-AG", kind: "undetermined", name: "personal data not confirmed", facts: id(10, AGENCY, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-ID-28-51-105-AG", kind: "due", name: "Sat 6 Nov 12:00 MDT + 24 h = Sun 7 Nov 11:00 MST", facts: id(10, AGENCY), expect: { due: "2027-11-07T11:00:00-07:00" } },
  // §28-51-105: the maintainer notifies the owner immediately.
  { ruleId: "US-ID-28-51-105-VND", kind: "applies", name: "processor, misuse likely", facts: id(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-ID-28-51-105-VND", kind: "no", name: "misuse not likely", facts: id(10, AS_PROCESSOR, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-ID-28-51-105-VND", kind: "undetermined", name: "misuse not assessed", facts: id(10, AS_PROCESSOR, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-ID-28-51-105-VND", kind: "due", name: "immediately: no fixed deadline", facts: id(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // The 2025 insurance bill: enactment unconfirmed, no clock.
  { ruleId: "US-ID-41-67-INS", kind: "no", name: "not confirmed in force", facts: id(10, sectorsIn("ID", "insurance")), expect: { applies: "no", due: null, verification: "U" } },
];

describeStateRules("Idaho catalog rows", RULES, cases);
