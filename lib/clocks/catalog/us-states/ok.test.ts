import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/ok";
import {
  categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, inJurisdiction, inSectors, maintainerNoticeCases, riskLevel, sent, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// 24 O.S. §§162-163 as amended by SB 626; 36 O.S. §675 (America/Chicago).
const ok = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-OK", count, combine({
    moments: { discovered: "2027-09-01T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-11-24T10:00:00-06:00" },
  }, ...patches));
const LETTERS = sent("US-OK-24-163-IND", "2027-09-20T10:00:00-05:00");
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-OK", home });

const cases: TStateCase[] = [
  { ruleId: "US-OK-24-163-IND", kind: ["applies", "due"], name: "IND applies: no day count", facts: ok(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/Chicago" } },
  { ruleId: "US-OK-24-163-IND", kind: "applies", name: "IND applies to a name with biometric data (SB 626)", facts: ok(10, categories("name", "biometric")), expect: { applies: "yes" } },
  { ruleId: "US-OK-24-163-IND", kind: "no", name: "IND does not apply: no identity theft or fraud", facts: ok(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-OK-24-163-IND", kind: "undetermined", name: "IND undetermined: fraud element not assessed", facts: ok(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
  { ruleId: "US-OK-24-163-AG", kind: "no", name: "AG does not apply above the threshold (500) when the data were encrypted and the key not taken", facts: ok(500, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-OK-24-163-AG", kind: ["applies", "due"], name: "AG: 500 residents, 60 days after the resident notice (20 Sep CDT to 19 Nov CST)", facts: ok(500, LETTERS),
    expect: { applies: "yes", dueKind: "fixed", due: "2027-11-19T23:59:59-06:00", trigger: { moment: "notice", ruleId: "US-OK-24-163-IND" } } },
  { ruleId: "US-OK-24-163-AG", kind: "threshold", name: "AG: 499 residents are fewer than 500", facts: ok(499, LETTERS), expect: { applies: "no", reason: "499 is not at least 500" } },
  { ruleId: "US-OK-24-163-AG", kind: ["applies", "due"], name: "AG awaits the resident notice, with a provisional bound only once the resident row has a due", facts: ok(500),
    expect: { applies: "yes", dueKind: "awaiting_trigger" } },
  { ruleId: "US-OK-24-163-AG", kind: ["undetermined", "due"], name: "AG undetermined: count not known", facts: ok(null, LETTERS), expect: { applies: "undetermined", due: "2027-11-19T23:59:59-06:00" } },
  ...maintainerNoticeCases("US-OK-24-163-VND", ok, { name: "VND: the maintainer notifies the owner (no day count)" }),
  { ruleId: "US-OK-36-675-INS", kind: ["applies", "due"], name: "INS: 3 OK business days; Thanksgiving and the day after skipped: Wed 24 Nov to Wed 1 Dec", facts: ok(10, INSURER(true)),
    expect: { applies: "yes", due: "2027-12-01T23:59:59-06:00", verification: "V" } },
  { ruleId: "US-OK-36-675-INS", kind: "applies", name: "INS: 250 Oklahoma consumers of a foreign insurer", facts: ok(250, INSURER(false)), expect: { applies: "yes" } },
  { ruleId: "US-OK-36-675-INS", kind: "threshold", name: "INS: 249 are fewer than 250", facts: ok(249, INSURER(false)), expect: { applies: "no" } },
  { ruleId: "US-OK-36-675-INS", kind: "no", name: "INS does not apply to a non-licensee", facts: ok(5000), expect: { applies: "no" } },
  { ruleId: "US-OK-36-675-INS", kind: "undetermined", name: "INS undetermined: foreign insurer, count not known", facts: ok(null, INSURER(false)), expect: { applies: "undetermined" } },
  // No Columbus Day in §82.1: date-holidays skipped Mon 12 Oct 2026 and gave Wed 14.
  { ruleId: "US-OK-36-675-INS", kind: "due", name: "INS: Thu 8 Oct 2026: Fri 9, Mon 12 (not an Oklahoma holiday), Tue 13",
    facts: ok(10, INSURER(true), { moments: { cybersecurityIncidentDetermined: "2026-10-08T10:00:00-05:00" } }),
    expect: { due: "2026-10-13T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("25 O.S. §82.1") }]) } },
];

describeStateRules("Oklahoma", RULES, cases);
