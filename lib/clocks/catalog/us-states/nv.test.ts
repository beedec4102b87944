import { RULES } from "@/lib/clocks/catalog/us-states/nv";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Nevada: America/Los_Angeles (PDT -07:00 until Sun 7 Nov 2027, then PST -08:00).
const moments = { discovered: "2027-10-15T10:00:00-07:00" };
const nv = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("NV", count, moments, combine(...patches));
const LENDER = sectorsIn("NV", "consumerLender");

const cases: TStateCase[] = [
  // NRS 603A.220(1): no harm exception.
  { ruleId: "US-NV-603A.220-IND", kind: "applies", name: "SSN with name acquired", facts: nv(10), expect: { applies: "yes", timeZone: "America/Los_Angeles" } },
  { ruleId: "US-NV-603A.220-IND", kind: "applies", name: "no harm exception: risk none still notifies", facts: nv(10, RISK_NONE), expect: { applies: "yes" } },
  { ruleId: "US-NV-603A.220-IND", kind: "applies", name: "health-insurance id with the name", facts: nv(10, { incident: { dataCategories: ["name", "health"] } }), expect: { applies: "yes" } },
  { ruleId: "US-NV-603A.220-IND", kind: "no", name: "encrypted, key safe", facts: nv(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-NV-603A.220-IND", kind: "undetermined", name: "personal data not confirmed", facts: nv(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NV-603A.220-IND", kind: "due", name: "most expedient time: no fixed deadline", facts: nv(10), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-NV-603A.220-CRA", kind: "applies", name: "1,001 persons", facts: nv(1001), expect: { applies: "yes" } },
  { ruleId: "US-NV-603A.220-CRA", kind: "threshold", name: "1,000 does not trigger", facts: nv(1000), expect: { applies: "no" } },
  { ruleId: "US-NV-603A.220-CRA", kind: "threshold", name: "1,001 triggers", facts: nv(1001), expect: { applies: "yes" } },
  { ruleId: "US-NV-603A.220-CRA", kind: "no", name: "a processor does not", facts: nv(1001, AS_PROCESSOR), expect: { applies: "no" } },
  { ruleId: "US-NV-603A.220-CRA", kind: "undetermined", name: "count unknown", facts: nv(null), expect: { applies: "undetermined" } },
  { ruleId: "US-NV-603A.220-CRA", kind: "due", name: "without unreasonable delay", facts: nv(1001), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-NV-603A.220-VND", kind: "applies", name: "processor", facts: nv(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-NV-603A.220-VND", kind: "no", name: "owner", facts: nv(10), expect: { applies: "no" } },
  { ruleId: "US-NV-603A.220-VND", kind: "undetermined", name: "personal data not confirmed", facts: nv(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NV-603A.220-VND", kind: "due", name: "immediately: no fixed deadline", facts: nv(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // NRS 675.283: installment-loan licensees, 30 days, risk of harm needed.
  { ruleId: "US-NV-675.283-FIN", kind: "applies", name: "licensee, harm likely", facts: nv(10, LENDER), expect: { applies: "yes" } },
  { ruleId: "US-NV-675.283-FIN", kind: "no", name: "no risk of harm", facts: nv(10, LENDER, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NV-675.283-FIN", kind: "no", name: "not a licensee", facts: nv(10), expect: { applies: "no" } },
  { ruleId: "US-NV-675.283-FIN", kind: "undetermined", name: "harm not assessed", facts: nv(10, LENDER, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NV-675.283-FIN", kind: "due", name: "15 Oct (PDT) + 30 days = 14 Nov (PST)", facts: nv(10, LENDER), expect: { due: "2027-11-14T23:59:59-08:00" } },
];

describeStateRules("Nevada catalog rows", RULES, cases);
