import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_UNKNOWN, categories, combine, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// 24 O.S. §§162-163 as amended by SB 626; 36 O.S. §675 (America/Chicago).
const ok = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-OK", count, combine({
    moments: { discovered: "2027-09-01T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-11-24T10:00:00-06:00" },
  }, ...patches));
const LETTERS = sent("US-OK-24-163-IND", "2027-09-20T10:00:00-05:00");
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-OK", home });

describe("Oklahoma", () => {
  itRows([
    { name: "IND applies: no day count", rule: "US-OK-24-163-IND", facts: ok(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/Chicago" } },
    { name: "IND applies to a name with biometric data (SB 626)", rule: "US-OK-24-163-IND", facts: ok(10, categories("name", "biometric")), expect: { applies: "yes" } },
    { name: "IND does not apply: no identity theft or fraud", rule: "US-OK-24-163-IND", facts: ok(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND undetermined: fraud element not assessed", rule: "US-OK-24-163-IND", facts: ok(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "AG: 500 residents, 60 days after the resident notice (20 Sep CDT to 19 Nov CST)", rule: "US-OK-24-163-AG", facts: ok(500, LETTERS),
      expect: { applies: "yes", dueKind: "fixed", due: "2027-11-19T23:59:59-06:00", trigger: { moment: "notice", ruleId: "US-OK-24-163-IND" } } },
    { name: "AG: 499 residents are fewer than 500", rule: "US-OK-24-163-AG", facts: ok(499, LETTERS), expect: { applies: "no", reason: "499 is not at least 500" } },
    { name: "AG awaits the resident notice, with a provisional bound only once the resident row has a due", rule: "US-OK-24-163-AG", facts: ok(500),
      expect: { applies: "yes", dueKind: "awaiting_trigger" } },
    { name: "AG undetermined: count not known", rule: "US-OK-24-163-AG", facts: ok(null, LETTERS), expect: { applies: "undetermined", due: "2027-11-19T23:59:59-06:00" } },
    { name: "VND: the maintainer notifies the owner (no day count)", rule: "US-OK-24-163-VND", facts: ok(10, AS_PROCESSOR), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-OK-24-163-VND", facts: ok(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-OK-24-163-VND", facts: ok(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "INS: 3 OK business days; Thanksgiving and the day after skipped: Wed 24 Nov to Wed 1 Dec", rule: "US-OK-36-675-INS", facts: ok(10, INSURER(true)),
      expect: { applies: "yes", due: "2027-12-01T23:59:59-06:00", verification: "V" } },
    { name: "INS: 250 Oklahoma consumers of a foreign insurer", rule: "US-OK-36-675-INS", facts: ok(250, INSURER(false)), expect: { applies: "yes" } },
    { name: "INS: 249 are fewer than 250", rule: "US-OK-36-675-INS", facts: ok(249, INSURER(false)), expect: { applies: "no" } },
    { name: "INS does not apply to a non-licensee", rule: "US-OK-36-675-INS", facts: ok(5000), expect: { applies: "no" } },
    { name: "INS undetermined: foreign insurer, count not known", rule: "US-OK-36-675-INS", facts: ok(null, INSURER(false)), expect: { applies: "undetermined" } },
  ]);
});
