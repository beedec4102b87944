import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// S.C. Code §§39-1-90, 38-99-40 (America/New_York).
const sc = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-SC", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-11-05T09:00:00-04:00" },
  }, ...patches));
const LETTERS = sent("US-SC-39-1-90-IND", "2027-03-01T10:00:00-05:00");
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-SC", home });

describe("South Carolina", () => {
  itRows([
    { name: "IND applies: no day count", rule: "US-SC-39-1-90-IND", facts: sc(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "V" } },
    { name: "IND applies to a name with an access code alone (information giving access to financial accounts)", rule: "US-SC-39-1-90-IND",
      facts: sc(10, categories("name", "financial_access_code")), expect: { applies: "yes" } },
    { name: "IND does not apply: no illegal use and no material risk of harm", rule: "US-SC-39-1-90-IND", facts: sc(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND undetermined: harm not assessed", rule: "US-SC-39-1-90-IND", facts: sc(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "DCA: 1,000 residents reach the threshold (1,000 or more used; comparator uncertain)", rule: "US-SC-39-1-90-DCA", facts: sc(1000, LETTERS),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", info: hasInfo("uncertain") } },
    { name: "DCA: 999 are fewer than 1,000", rule: "US-SC-39-1-90-DCA", facts: sc(999), expect: { applies: "no", reason: "999 is not at least 1,000" } },
    { name: "DCA undetermined: count not known", rule: "US-SC-39-1-90-DCA", facts: sc(null), expect: { applies: "undetermined" } },
    { name: "CRA: 1,000 reach the threshold; no day count", rule: "US-SC-39-1-90-CRA", facts: sc(1000), expect: { applies: "yes", dueKind: "no_fixed_deadline", due: null } },
    { name: "CRA: 999 do not", rule: "US-SC-39-1-90-CRA", facts: sc(999), expect: { applies: "no" } },
    { name: "CRA undetermined: count not known", rule: "US-SC-39-1-90-CRA", facts: sc(null), expect: { applies: "undetermined" } },
    { name: "VND: the maintainer notifies the owner immediately", rule: "US-SC-39-1-90-VND", facts: sc(10, AS_PROCESSOR), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-SC-39-1-90-VND", facts: sc(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-SC-39-1-90-VND", facts: sc(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "INS: 72 elapsed hours across the autumn DST change (09:00 EDT + 72 h = 08:00 EST)", rule: "US-SC-38-99-40-INS", facts: sc(10, INSURER(true)),
      expect: { applies: "yes", due: "2027-11-08T08:00:00-05:00", verification: "V" } },
    { name: "INS: 250 SC consumers of a foreign insurer", rule: "US-SC-38-99-40-INS", facts: sc(250, INSURER(false)), expect: { applies: "yes" } },
    { name: "INS: 249 are fewer than 250", rule: "US-SC-38-99-40-INS", facts: sc(249, INSURER(false)), expect: { applies: "no" } },
    { name: "INS undetermined: domestic insurer, harm not assessed", rule: "US-SC-38-99-40-INS", facts: sc(10, INSURER(true), riskLevel("unknown")),
      expect: { applies: "undetermined", due: "2027-11-08T08:00:00-05:00" } },
  ]);
});
