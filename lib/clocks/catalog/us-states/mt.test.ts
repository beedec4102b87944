import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/mt";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Montana: America/Denver (MST -07:00 → MDT -06:00 on 14 Mar 2027).
const moments = { discovered: "2027-03-01T10:00:00-07:00" };
const mt = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("MT", count, moments, combine(...patches));
const INSURER = sectorsIn("MT", "insurance");
const residentNoticeSent = { notices: [{ ruleId: "US-MT-30-14-1704-IND", sentAt: "2027-03-20T09:00:00-06:00" }] };
const insuranceNoticeSent = { notices: [{ ruleId: "US-MT-33-19-321-INS-IND", sentAt: "2027-03-22T09:00:00-06:00" }] };

const cases: TStateCase[] = [
  // §30-14-1704: loss or injury (or the belief of it) is part of the breach definition.
  { ruleId: "US-MT-30-14-1704-IND", kind: "applies", name: "loss or injury believed", facts: mt(10), expect: { applies: "yes", timeZone: "America/Denver" } },
  { ruleId: "US-MT-30-14-1704-IND", kind: "no", name: "no loss or injury believed", facts: mt(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-MT-30-14-1704-IND", kind: "undetermined", name: "harm not assessed", facts: mt(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MT-30-14-1704-IND", kind: "due", name: "without unreasonable delay: no fixed deadline", facts: mt(10), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-MT-30-14-1704-AG", kind: "applies", name: "any resident notice", facts: mt(1), expect: { applies: "yes" } },
  { ruleId: "US-MT-30-14-1704-AG", kind: "no", name: "no resident notice owed", facts: mt(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-MT-30-14-1704-AG", kind: "undetermined", name: "harm not assessed", facts: mt(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MT-30-14-1704-AG", kind: "due", name: "awaits the resident notice", facts: mt(10), expect: { dueKind: "awaiting_trigger" } },
  { ruleId: "US-MT-30-14-1704-AG", kind: "due", name: "simultaneously with the resident notice (MDT)", facts: mt(10, residentNoticeSent), expect: { due: "2027-03-20T09:00:00-06:00" } },
  { ruleId: "US-MT-30-14-1704-CRA", kind: "applies", name: "a notifiable breach", facts: mt(10), expect: { applies: "yes" } },
  { ruleId: "US-MT-30-14-1704-CRA", kind: "no", name: "encrypted, key safe", facts: mt(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-MT-30-14-1704-CRA", kind: "undetermined", name: "personal data not confirmed", facts: mt(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MT-30-14-1704-CRA", kind: "due", name: "coordination only, no day count", facts: mt(10),
    expect: { dueKind: "no_fixed_deadline", info: [expect.objectContaining({ kind: "constraint" })] } },
  { ruleId: "US-MT-30-14-1704-VND", kind: "applies", name: "processor", facts: mt(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-MT-30-14-1704-VND", kind: "no", name: "owner", facts: mt(10), expect: { applies: "no" } },
  { ruleId: "US-MT-30-14-1704-VND", kind: "undetermined", name: "personal data not confirmed", facts: mt(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MT-30-14-1704-VND", kind: "due", name: "immediately: no fixed deadline", facts: mt(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // §33-19-321: insurance licensees notify individuals (no harm qualifier in subsection 1) and the commissioner (U).
  { ruleId: "US-MT-33-19-321-INS-IND", kind: "applies", name: "licensee, even without a harm finding", facts: mt(10, INSURER, RISK_NONE), expect: { applies: "yes" } },
  { ruleId: "US-MT-33-19-321-INS-IND", kind: "no", name: "not a licensee", facts: mt(10), expect: { applies: "no" } },
  { ruleId: "US-MT-33-19-321-INS-IND", kind: "undetermined", name: "personal data not confirmed", facts: mt(10, INSURER, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MT-33-19-321-INS-IND", kind: "due", name: "without unreasonable delay: no fixed deadline", facts: mt(10, INSURER), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-MT-33-19-321-INS", kind: "applies", name: "licensee", facts: mt(10, INSURER), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-MT-33-19-321-INS", kind: "no", name: "not a licensee", facts: mt(10), expect: { applies: "no" } },
  { ruleId: "US-MT-33-19-321-INS", kind: "undetermined", name: "personal data not confirmed", facts: mt(10, INSURER, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MT-33-19-321-INS", kind: "due", name: "assumed simultaneous with the individual notice", facts: mt(10, INSURER, insuranceNoticeSent), expect: { due: "2027-03-22T09:00:00-06:00" } },
];

describeStateRules("Montana catalog rows", RULES, cases);
