import { RULES } from "@/lib/clocks/catalog/us-states/ne";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Nebraska: America/Chicago.
const moments = { aware: "2027-03-01T10:00:00-06:00" };
const ne = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("NE", count, moments, combine(...patches));
const residentNoticeSent = { notices: [{ ruleId: "US-NE-87-803-IND", sentAt: "2027-03-25T14:00:00-05:00" }] };

const cases: TStateCase[] = [
  // §87-803(1): after a prompt investigation, notice if unauthorized use has occurred or is reasonably likely.
  { ruleId: "US-NE-87-803-IND", kind: "applies", name: "misuse likely", facts: ne(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-NE-87-803-IND", kind: "applies", name: "credentials alone, no name (§87-802(5))", facts: ne(10, { incident: { dataCategories: ["online_credentials"] } }), expect: { applies: "yes" } },
  { ruleId: "US-NE-87-803-IND", kind: "no", name: "misuse not likely", facts: ne(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NE-87-803-IND", kind: "no", name: "encrypted, key safe (§87-802(3))", facts: ne(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-NE-87-803-IND", kind: "undetermined", name: "investigation not concluded", facts: ne(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NE-87-803-IND", kind: "due", name: "as soon as possible: no fixed deadline", facts: ne(10), expect: { dueKind: "no_fixed_deadline" } },
  // §87-803(2): the AG no later than the resident notice.
  { ruleId: "US-NE-87-803-AG", kind: "applies", name: "any resident notice", facts: ne(1), expect: { applies: "yes" } },
  { ruleId: "US-NE-87-803-AG", kind: "no", name: "misuse not likely", facts: ne(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NE-87-803-AG", kind: "undetermined", name: "investigation not concluded", facts: ne(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NE-87-803-AG", kind: "due", name: "awaits the resident notice", facts: ne(10), expect: { dueKind: "awaiting_trigger" } },
  { ruleId: "US-NE-87-803-AG", kind: "due", name: "no later than the resident notice", facts: ne(10, residentNoticeSent), expect: { due: "2027-03-25T14:00:00-05:00" } },
  { ruleId: "US-NE-87-803-VND", kind: "applies", name: "processor", facts: ne(10, AS_PROCESSOR), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-NE-87-803-VND", kind: "no", name: "owner", facts: ne(10), expect: { applies: "no" } },
  { ruleId: "US-NE-87-803-VND", kind: "undetermined", name: "personal data not confirmed", facts: ne(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NE-87-803-VND", kind: "due", name: "timing unverified: no fixed deadline", facts: ne(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
];

describeStateRules("Nebraska catalog rows", RULES, cases);
