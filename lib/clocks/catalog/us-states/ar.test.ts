import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/ar";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Arkansas: America/Chicago (CST -06:00, CDT -05:00 from 14 Mar 2027).
const moments = { discovered: "2027-03-01T10:00:00-06:00", breachDetermined: "2027-03-01T10:00:00-06:00" };
const ar = (count: number | null, patch: Record<string, unknown> = {}) => stateFacts("AR", count, moments, patch);
/** Arkansas residents plus Texas residents: the AG threshold counts every affected individual. */
const arAndTexas = (arkansas: number, texas: number, patch: Record<string, unknown> = {}) =>
  combine(ar(arkansas, patch), { affected: [{ jurisdiction: "US-AR", count: arkansas }, { jurisdiction: "US-TX", count: texas }] });
const lender = (patch: Record<string, unknown> = {}) =>
  stateFacts("AR", 10, { discovered: "2026-12-23T10:00:00-06:00" }, combine(sectorsIn("AR", "mortgageLicensee"), patch));

const lenderAt = (discovered: string) => stateFacts("AR", 10, { discovered }, sectorsIn("AR", "mortgageLicensee"));

const cases: TStateCase[] = [
  // §4-110-105(a): notice unless a written no-reasonable-likelihood-of-harm determination.
  { ruleId: "US-AR-4-110-105-IND", kind: "applies", name: "SSN with name acquired", facts: ar(10), expect: { applies: "yes", timeZone: "America/Chicago" } },
  { ruleId: "US-AR-4-110-105-IND", kind: "applies", name: "harm not yet assessed: notice is the default", facts: ar(10, RISK_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-AR-4-110-105-IND", kind: "no", name: "written no-harm determination", facts: ar(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-AR-4-110-105-IND", kind: "undetermined", name: "personal data not confirmed", facts: ar(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-AR-4-110-105-IND", kind: "due", name: "most expedient time: no fixed deadline", facts: ar(10), expect: { dueKind: "no_fixed_deadline" } },
  // §4-110-105(b)(2): more than 1,000 individuals; the earlier of the resident notice and 45 days after the determination.
  { ruleId: "US-AR-4-110-105-AG", kind: "applies", name: "1,001 Arkansas residents", facts: ar(1001), expect: { applies: "yes" } },
  { ruleId: "US-AR-4-110-105-AG", kind: "threshold", name: "600 AR + 400 TX = 1,000 individuals: not more than 1,000", facts: arAndTexas(600, 400), expect: { applies: "no" } },
  { ruleId: "US-AR-4-110-105-AG", kind: "threshold", name: "601 AR + 400 TX = 1,001 individuals", facts: arAndTexas(601, 400), expect: { applies: "yes" } },
  { ruleId: "US-AR-4-110-105-AG", kind: "no", name: "no-harm determination", facts: ar(1001, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-AR-4-110-105-AG", kind: "undetermined", name: "count unknown", facts: ar(null), expect: { applies: "undetermined" } },
  { ruleId: "US-AR-4-110-105-AG", kind: "due", name: "1 Mar + 45 days = 15 Apr (CDT)", facts: ar(1001), expect: { due: "2027-04-15T23:59:59-05:00" } },
  { ruleId: "US-AR-4-110-105-AG", kind: "due", name: "the resident notice of 20 Mar came first: due then",
    facts: ar(1001, { notices: [{ ruleId: "US-AR-4-110-105-IND", sentAt: "2027-03-20T12:00:00-05:00" }] }), expect: { due: "2027-03-20T12:00:00-05:00" } },
  // §4-110-105(b)(1): the maintainer notifies the owner immediately.
  { ruleId: "US-AR-4-110-105-VND", kind: "applies", name: "processor", facts: ar(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-AR-4-110-105-VND", kind: "no", name: "encrypted, key safe", facts: ar(10, combine(AS_PROCESSOR, ENCRYPTED_KEY_SAFE)), expect: { applies: "no" } },
  { ruleId: "US-AR-4-110-105-VND", kind: "undetermined", name: "personal data not confirmed", facts: ar(10, combine(AS_PROCESSOR, PERSONAL_DATA_UNKNOWN)), expect: { applies: "undetermined" } },
  { ruleId: "US-AR-4-110-105-VND", kind: "due", name: "immediately: no fixed deadline", facts: ar(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // Ark. Admin. Code 214.00.2-5010: mortgage licensees, 2 business days (Christmas Eve is an Arkansas holiday, §1-5-101).
  { ruleId: "US-AR-214.00.2-5010-SEC", kind: "applies", name: "licensee, SSN exposed", facts: lender(), expect: { applies: "yes" } },
  { ruleId: "US-AR-214.00.2-5010-SEC", kind: "no", name: "not a licensee", facts: stateFacts("AR", 10, moments), expect: { applies: "no" } },
  { ruleId: "US-AR-214.00.2-5010-SEC", kind: "no", name: "only contact details exposed", facts: lender({ incident: { dataCategories: ["name", "contact_details"] } }), expect: { applies: "no" } },
  { ruleId: "US-AR-214.00.2-5010-SEC", kind: "undetermined", name: "personal data not confirmed", facts: lender(PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-AR-214.00.2-5010-SEC", kind: "due", name: "Wed 23 Dec 2026: (Thu 24 Christmas Eve, Fri 25), Mon 28, Tue 29",
    facts: lender(), expect: { due: "2026-12-29T23:59:59-06:00" } },
  // §1-5-101 has no Columbus Day (a memorial day, §1-5-106): date-holidays skipped Mon 12 Oct and gave Tue 13.
  { ruleId: "US-AR-214.00.2-5010-SEC", kind: "due", name: "Thu 8 Oct 2026: Fri 9, Mon 12 (Columbus Day is not a legal holiday)",
    facts: lenderAt("2026-10-08T10:00:00-05:00"),
    expect: { due: "2026-10-12T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("Ark. Code §1-5-101") }]) } },
  // Nor Juneteenth (§1-5-114): date-holidays skipped Fri 19 Jun 2026 and gave Mon 22.
  { ruleId: "US-AR-214.00.2-5010-SEC", kind: "due", name: "Wed 17 Jun 2026: Thu 18, Fri 19 (Juneteenth is a memorial day)",
    facts: lenderAt("2026-06-17T10:00:00-05:00"), expect: { due: "2026-06-19T23:59:59-05:00" } },
];

describeStateRules("Arkansas catalog rows", RULES, cases);
