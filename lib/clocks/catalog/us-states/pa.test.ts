import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// 73 P.S. §§2302-2305 (Acts 151 of 2022 and 33 of 2024); 40 Pa.C.S. ch. 45 (America/New_York).
const pa = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-PA", count, combine({
    moments: { breachDetermined: "2027-03-01T10:00:00-05:00", discovered: "2027-02-25T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-09-02T10:00:00-04:00" },
  }, ...patches));
const LETTERS = sent("US-PA-2303-IND", "2027-03-20T15:30:00Z");
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-PA", home });

describe("Pennsylvania", () => {
  itRows([
    { name: "IND applies from the determination of the breach, no day count", rule: "US-PA-2303-IND", facts: pa(10),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "breachDetermined", at: "2027-03-01T10:00:00-05:00" } } },
    { name: "IND applies to a name with online credentials", rule: "US-PA-2303-IND", facts: pa(10, categories("name", "online_credentials")), expect: { applies: "yes" } },
    { name: "IND does not apply: no loss or injury", rule: "US-PA-2303-IND", facts: pa(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND undetermined: loss or injury not assessed", rule: "US-PA-2303-IND", facts: pa(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "AG: more than 500 residents (501), concurrently with the resident notice", rule: "US-PA-2303-AG", facts: pa(501, LETTERS),
      expect: { applies: "yes", dueKind: "fixed", due: "2027-03-20T11:30:00-04:00" } },
    { name: "AG: 500 is not more than 500", rule: "US-PA-2303-AG", facts: pa(500, LETTERS), expect: { applies: "no", reason: "500 is not more than 500" } },
    { name: "AG undetermined: count not known", rule: "US-PA-2303-AG", facts: pa(null, LETTERS), expect: { applies: "undetermined", due: "2027-03-20T11:30:00-04:00" } },
    { name: "CRA: 500 persons reach the threshold (comparator uncertain, 500 or more used)", rule: "US-PA-2305-CRA", facts: pa(500, LETTERS),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", info: hasInfo("uncertain") } },
    { name: "CRA: 499 do not", rule: "US-PA-2305-CRA", facts: pa(499), expect: { applies: "no", reason: "499 is not at least 500" } },
    { name: "CRA undetermined: count not known", rule: "US-PA-2305-CRA", facts: pa(null), expect: { applies: "undetermined" } },
    { name: "VND: the vendor notifies the entity following its discovery", rule: "US-PA-2303-VND", facts: pa(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "discovered" } } },
    { name: "VND does not apply to the entity itself", rule: "US-PA-2303-VND", facts: pa(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-PA-2303-VND", facts: pa(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "CM: an SSN breach needs the credit-monitoring offer with the resident notice", rule: "US-PA-2303-CM", facts: pa(3, LETTERS),
      expect: { applies: "yes", due: "2027-03-20T11:30:00-04:00", info: hasInfo("uncertain") } },
    { name: "CM does not apply to health-insurance data without SSN, account or licence number", rule: "US-PA-2303-CM", facts: pa(3, categories("name", "health")),
      expect: { applies: "no" } },
    { name: "CM undetermined: loss or injury not assessed", rule: "US-PA-2303-CM", facts: pa(3, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "INS: 5 PA business days; Thu 2 Sep, Labor Day skipped: due Fri 10 Sep", rule: "US-PA-40-45-INS", facts: pa(10, INSURER(true)),
      expect: { applies: "yes", due: "2027-09-10T23:59:59-04:00", verification: "V", info: hasInfo("uncertain") } },
    { name: "INS: 250 PA consumers of a foreign insurer", rule: "US-PA-40-45-INS", facts: pa(250, INSURER(false)), expect: { applies: "yes" } },
    { name: "INS: 249 are fewer than 250", rule: "US-PA-40-45-INS", facts: pa(249, INSURER(false)), expect: { applies: "no" } },
    { name: "INS does not apply to a non-licensee", rule: "US-PA-40-45-INS", facts: pa(5000), expect: { applies: "no" } },
    { name: "INS undetermined: domestic insurer, harm not assessed", rule: "US-PA-40-45-INS", facts: pa(10, INSURER(true), riskLevel("unknown")),
      expect: { applies: "undetermined" } },
  ]);
});
