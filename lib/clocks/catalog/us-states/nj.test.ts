import { RULES } from "@/lib/clocks/catalog/us-states/nj";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// New Jersey: America/New_York.
const moments = { discovered: "2027-03-01T10:00:00-05:00" };
const nj = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("NJ", count, moments, combine(...patches));
const ACCESS_ONLY = { incident: { compromise: ["access"] } };
const customerNoticeSent = { notices: [{ ruleId: "US-NJ-56-8-163-IND", sentAt: "2027-03-18T16:00:00-04:00" }] };

const cases: TStateCase[] = [
  // N.J.S.A. 56:8-163(a): unauthorized access suffices; no notice if misuse is not reasonably possible.
  { ruleId: "US-NJ-56-8-163-IND", kind: "applies", name: "access alone suffices", facts: nj(10, ACCESS_ONLY), expect: { applies: "yes", timeZone: "America/New_York" } },
  { ruleId: "US-NJ-56-8-163-IND", kind: "applies", name: "credentials alone, no name", facts: nj(10, { incident: { dataCategories: ["online_credentials"] } }), expect: { applies: "yes" } },
  { ruleId: "US-NJ-56-8-163-IND", kind: "applies", name: "misuse not yet assessed: notice is the default", facts: nj(10, RISK_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-NJ-56-8-163-IND", kind: "no", name: "misuse not reasonably possible (written determination)", facts: nj(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NJ-56-8-163-IND", kind: "no", name: "encrypted, key safe", facts: nj(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-NJ-56-8-163-IND", kind: "undetermined", name: "personal data not confirmed", facts: nj(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NJ-56-8-163-IND", kind: "due", name: "most expedient time: no fixed deadline", facts: nj(10), expect: { dueKind: "no_fixed_deadline" } },
  // 56:8-163(c)(1): the State Police before the customers.
  { ruleId: "US-NJ-56-8-163-SP", kind: "applies", name: "any customer disclosure", facts: nj(1), expect: { applies: "yes" } },
  { ruleId: "US-NJ-56-8-163-SP", kind: "no", name: "no customer disclosure owed", facts: nj(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NJ-56-8-163-SP", kind: "undetermined", name: "personal data not confirmed", facts: nj(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NJ-56-8-163-SP", kind: "due", name: "before the customer notice: awaiting it", facts: nj(10), expect: { dueKind: "awaiting_trigger" } },
  { ruleId: "US-NJ-56-8-163-SP", kind: "due", name: "at the latest when the customer notice went out", facts: nj(10, customerNoticeSent), expect: { due: "2027-03-18T16:00:00-04:00" } },
  // 56:8-163(f): CRAs above 1,000.
  { ruleId: "US-NJ-56-8-163-CRA", kind: "applies", name: "1,001 persons", facts: nj(1001), expect: { applies: "yes" } },
  { ruleId: "US-NJ-56-8-163-CRA", kind: "threshold", name: "1,000 does not trigger", facts: nj(1000), expect: { applies: "no" } },
  { ruleId: "US-NJ-56-8-163-CRA", kind: "threshold", name: "1,001 triggers", facts: nj(1001), expect: { applies: "yes" } },
  { ruleId: "US-NJ-56-8-163-CRA", kind: "no", name: "misuse not reasonably possible", facts: nj(1001, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-NJ-56-8-163-CRA", kind: "undetermined", name: "count unknown", facts: nj(null), expect: { applies: "undetermined" } },
  { ruleId: "US-NJ-56-8-163-CRA", kind: "due", name: "without unreasonable delay", facts: nj(1001), expect: { dueKind: "no_fixed_deadline" } },
  // 56:8-163(b): the maintainer (timing U).
  { ruleId: "US-NJ-56-8-163-VND", kind: "applies", name: "processor, access only", facts: nj(10, AS_PROCESSOR, ACCESS_ONLY), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-NJ-56-8-163-VND", kind: "no", name: "owner", facts: nj(10), expect: { applies: "no" } },
  { ruleId: "US-NJ-56-8-163-VND", kind: "undetermined", name: "personal data not confirmed", facts: nj(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-NJ-56-8-163-VND", kind: "due", name: "timing unverified: no fixed deadline", facts: nj(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // S1352: proposed.
  { ruleId: "US-NJ-56-8-163-IND-S1352", kind: "no", name: "proposed, no clock", facts: nj(10), expect: { applies: "no", verification: "P" } },
];

describeStateRules("New Jersey catalog rows", RULES, cases);
