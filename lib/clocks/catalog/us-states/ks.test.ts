import { RULES } from "@/lib/clocks/catalog/us-states/ks";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Kansas: America/Chicago.
const moments = { aware: "2027-03-01T10:00:00-06:00", discovered: "2027-03-01T10:00:00-06:00" };
const ks = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("KS", count, moments, combine(...patches));

const cases: TStateCase[] = [
  // K.S.A. 50-7a02(a): notice only if misuse has occurred or is reasonably likely.
  { ruleId: "US-KS-50-7a02-IND", kind: "applies", name: "misuse likely", facts: ks(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-KS-50-7a02-IND", kind: "applies", name: "a card number alone with the name (50-7a01(g))", facts: ks(10, { incident: { dataCategories: ["name", "financial_account"] } }), expect: { applies: "yes" } },
  { ruleId: "US-KS-50-7a02-IND", kind: "no", name: "misuse not likely", facts: ks(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-KS-50-7a02-IND", kind: "undetermined", name: "misuse not assessed", facts: ks(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-KS-50-7a02-IND", kind: "due", name: "as soon as possible: no fixed deadline", facts: ks(10), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-KS-50-7a02-CRA", kind: "applies", name: "1,001 consumers", facts: ks(1001), expect: { applies: "yes" } },
  { ruleId: "US-KS-50-7a02-CRA", kind: "threshold", name: "1,000 does not trigger", facts: ks(1000), expect: { applies: "no" } },
  { ruleId: "US-KS-50-7a02-CRA", kind: "threshold", name: "1,001 triggers", facts: ks(1001), expect: { applies: "yes" } },
  { ruleId: "US-KS-50-7a02-CRA", kind: "no", name: "encrypted, key safe", facts: ks(1001, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-KS-50-7a02-CRA", kind: "undetermined", name: "count unknown", facts: ks(null), expect: { applies: "undetermined" } },
  { ruleId: "US-KS-50-7a02-CRA", kind: "due", name: "without unreasonable delay", facts: ks(1001), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-KS-50-7a02-VND", kind: "applies", name: "processor", facts: ks(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-KS-50-7a02-VND", kind: "no", name: "data only accessed, not acquired", facts: ks(10, AS_PROCESSOR, { incident: { compromise: ["access"] } }), expect: { applies: "no" } },
  { ruleId: "US-KS-50-7a02-VND", kind: "undetermined", name: "personal data not confirmed", facts: ks(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-KS-50-7a02-VND", kind: "due", name: "following discovery: no fixed deadline", facts: ks(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
];

describeStateRules("Kansas catalog rows", RULES, cases);
