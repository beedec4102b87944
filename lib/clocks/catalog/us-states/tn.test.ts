import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_SAFE, KEY_UNKNOWN, combine, hasInfo, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// Tenn. Code §§47-18-2107, 56-2-1006, 56-2-1009 (America/Chicago): 20 Feb (CST) + 45 days = 6 Apr (CDT).
const tn = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-TN", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-03-24T10:00:00-05:00" },
    organisation: { employees: 40 },
  }, ...patches));
const DUE = "2027-04-06T23:59:59-05:00";
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-TN", home });

describe("Tennessee", () => {
  itRows([
    { name: "IND: 45 days from discovery across the DST change", rule: "US-TN-47-18-2107-IND", facts: tn(10), expect: { applies: "yes", due: DUE, verification: "S" } },
    { name: "IND applies whatever the harm finding (no risk-of-harm exception)", rule: "US-TN-47-18-2107-IND", facts: tn(10, riskLevel("none")), expect: { applies: "yes" } },
    { name: "IND does not apply: encrypted, key safe", rule: "US-TN-47-18-2107-IND", facts: tn(10, KEY_SAFE), expect: { applies: "no" } },
    { name: "IND undetermined: key compromise not known", rule: "US-TN-47-18-2107-IND", facts: tn(10, KEY_UNKNOWN), expect: { applies: "undetermined", due: DUE } },
    { name: "CRA: more than 1,000 persons (1,001)", rule: "US-TN-47-18-2107-CRA", facts: tn(1001, sent("US-TN-47-18-2107-IND", "2027-03-01T10:00:00-06:00")),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "CRA: 1,000 is not more than 1,000", rule: "US-TN-47-18-2107-CRA", facts: tn(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
    { name: "CRA undetermined: count not known", rule: "US-TN-47-18-2107-CRA", facts: tn(null), expect: { applies: "undetermined" } },
    { name: "VND: the maintainer has 45 days from discovery too", rule: "US-TN-47-18-2107-VND", facts: tn(10, AS_PROCESSOR), expect: { applies: "yes", due: DUE } },
    { name: "VND does not apply to the owner", rule: "US-TN-47-18-2107-VND", facts: tn(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-TN-47-18-2107-VND", facts: tn(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined", due: DUE } },
    { name: "INS: 3 TN business days; Good Friday (26 Mar) skipped: Wed 24 Mar to Tue 30 Mar", rule: "US-TN-56-2-1006-INS", facts: tn(10, INSURER(true)),
      expect: { applies: "yes", due: "2027-03-30T23:59:59-05:00", info: hasInfo("uncertain") } },
    { name: "INS: 250 TN consumers of a foreign insurer (250 or more used)", rule: "US-TN-56-2-1006-INS", facts: tn(250, INSURER(false)), expect: { applies: "yes" } },
    { name: "INS: 249 are fewer than 250", rule: "US-TN-56-2-1006-INS", facts: tn(249, INSURER(false)), expect: { applies: "no" } },
    { name: "INS: 25 employees are not exempt", rule: "US-TN-56-2-1006-INS", facts: tn(10, INSURER(true), { organisation: { employees: 25 } }), expect: { applies: "yes" } },
    { name: "INS does not apply to a licensee with 24 employees (§56-2-1009)", rule: "US-TN-56-2-1006-INS", facts: tn(10, INSURER(true), { organisation: { employees: 24 } }),
      expect: { applies: "no" } },
    { name: "INS undetermined: number of employees not known", rule: "US-TN-56-2-1006-INS", facts: tn(10, INSURER(true), { organisation: { employees: null } }),
      expect: { applies: "undetermined", due: "2027-03-30T23:59:59-05:00" } },
  ]);
});
