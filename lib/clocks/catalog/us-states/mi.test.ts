import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/mi";
import {
  AS_PROCESSOR, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Michigan: America/Detroit. Christmas Eve and New Year's Eve are not MCL 435.101 holidays; Lincoln's Birthday is.
const moments = { discovered: "2027-03-01T10:00:00-05:00", cybersecurityIncidentDetermined: "2026-12-21T10:00:00-05:00" };
const mi = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("MI", count, moments, combine(...patches));
const INSURER = sectorsIn("MI", "insurance");
const DOMESTIC = sectorsIn("MI", { sector: "insurance", home: true });
const insurerNoticeSent = { notices: [{ ruleId: "US-MI-500.561-INS-IND", sentAt: "2027-03-10T10:00:00-05:00" }] };

const cases: TStateCase[] = [
  // MCL 445.72: notice unless the breach is not likely to cause substantial loss, injury or identity theft.
  { ruleId: "US-MI-445.72-IND", kind: "applies", name: "SSN with name accessed and acquired", facts: mi(10), expect: { applies: "yes", timeZone: "America/Detroit" } },
  { ruleId: "US-MI-445.72-IND", kind: "applies", name: "harm not assessed: notice is the default", facts: mi(10, RISK_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-MI-445.72-IND", kind: "no", name: "no substantial loss likely", facts: mi(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-MI-445.72-IND", kind: "no", name: "an Insurance Code entity follows chapter 5A (MCL 445.64)", facts: mi(10, INSURER), expect: { applies: "no" } },
  { ruleId: "US-MI-445.72-IND", kind: "undetermined", name: "personal data not confirmed", facts: mi(10, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MI-445.72-IND", kind: "due", name: "without unreasonable delay: no fixed deadline", facts: mi(10), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-MI-445.72-CRA", kind: "applies", name: "1,001 residents", facts: mi(1001), expect: { applies: "yes" } },
  { ruleId: "US-MI-445.72-CRA", kind: "threshold", name: "1,000 or fewer: not owed", facts: mi(1000), expect: { applies: "no" } },
  { ruleId: "US-MI-445.72-CRA", kind: "threshold", name: "1,001 triggers", facts: mi(1001), expect: { applies: "yes" } },
  { ruleId: "US-MI-445.72-CRA", kind: "no", name: "no substantial loss likely", facts: mi(1001, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-MI-445.72-CRA", kind: "undetermined", name: "count unknown", facts: mi(null), expect: { applies: "undetermined" } },
  { ruleId: "US-MI-445.72-CRA", kind: "due", name: "without unreasonable delay", facts: mi(1001), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-MI-445.72-VND", kind: "applies", name: "processor", facts: mi(10, AS_PROCESSOR), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-MI-445.72-VND", kind: "no", name: "owner", facts: mi(10), expect: { applies: "no" } },
  { ruleId: "US-MI-445.72-VND", kind: "undetermined", name: "personal data not confirmed", facts: mi(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MI-445.72-VND", kind: "due", name: "no fixed deadline", facts: mi(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // MCL 500.559: insurance licensees, 10 business days.
  { ruleId: "US-MI-500.559-INS", kind: "applies", name: "domestic insurer, material harm likely", facts: mi(10, DOMESTIC), expect: { applies: "yes" } },
  { ruleId: "US-MI-500.559-INS", kind: "no", name: "not a licensee", facts: mi(10), expect: { applies: "no" } },
  { ruleId: "US-MI-500.559-INS", kind: "undetermined", name: "domestic insurer, harm not assessed", facts: mi(10, DOMESTIC, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MI-500.559-INS", kind: "threshold", name: "foreign insurer, 249", facts: mi(249, INSURER), expect: { applies: "no" } },
  { ruleId: "US-MI-500.559-INS", kind: "threshold", name: "foreign insurer, 250", facts: mi(250, INSURER), expect: { applies: "yes" } },
  // date-holidays also skipped Christmas Eve and New Year's Eve and gave Fri 8 Jan.
  { ruleId: "US-MI-500.559-INS", kind: "due", name: "Mon 21 Dec 2026: skipping only 25 Dec and 1 Jan, day 10 is Wed 6 Jan", facts: mi(10, DOMESTIC),
    expect: { due: "2027-01-06T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("MCL 435.101") }]) } },
  // Lincoln's Birthday (Fri 12 Feb 2027) is a holiday date-holidays lacked: it gave Thu 25 Feb.
  { ruleId: "US-MI-500.559-INS", kind: "due", name: "Wed 10 Feb 2027: Thu 11, (Fri 12 Lincoln, Mon 15 Washington), Tue 16 … Fri 26 is day 10",
    facts: stateFacts("MI", 10, { cybersecurityIncidentDetermined: "2027-02-10T10:00:00-05:00" }, DOMESTIC), expect: { due: "2027-02-26T23:59:59-05:00" } },
  // MCL 500.561: insurance licensees notify consumers.
  { ruleId: "US-MI-500.561-INS-IND", kind: "applies", name: "licensee", facts: mi(10, INSURER), expect: { applies: "yes" } },
  { ruleId: "US-MI-500.561-INS-IND", kind: "no", name: "not a licensee", facts: mi(10), expect: { applies: "no" } },
  { ruleId: "US-MI-500.561-INS-IND", kind: "no", name: "no substantial loss likely", facts: mi(10, INSURER, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-MI-500.561-INS-IND", kind: "undetermined", name: "personal data not confirmed", facts: mi(10, INSURER, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-MI-500.561-INS-IND", kind: "due", name: "without delay: no fixed deadline", facts: mi(10, INSURER), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-MI-500.561-INS-CRA", kind: "applies", name: "licensee, 1,001 consumers", facts: mi(1001, INSURER, insurerNoticeSent), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-MI-500.561-INS-CRA", kind: "threshold", name: "1,000 (assumed more than 1,000)", facts: mi(1000, INSURER), expect: { applies: "no" } },
  { ruleId: "US-MI-500.561-INS-CRA", kind: "threshold", name: "1,001", facts: mi(1001, INSURER), expect: { applies: "yes" } },
  { ruleId: "US-MI-500.561-INS-CRA", kind: "no", name: "not a licensee", facts: mi(1001), expect: { applies: "no" } },
  { ruleId: "US-MI-500.561-INS-CRA", kind: "undetermined", name: "count unknown", facts: mi(null, INSURER), expect: { applies: "undetermined" } },
  { ruleId: "US-MI-500.561-INS-CRA", kind: "due", name: "no fixed deadline", facts: mi(1001, INSURER, insurerNoticeSent), expect: { dueKind: "no_fixed_deadline" } },
  // SB 360 (2025): proposed.
  { ruleId: "US-MI-445.72-AG", kind: "no", name: "proposed, no clock", facts: mi(1000), expect: { applies: "no", verification: "P" } },
];

describeStateRules("Michigan catalog rows", RULES, cases);
