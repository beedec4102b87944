import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_SAFE, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, inSectors, itRows, riskLevel,
} from "@/lib/clocks/test-support/state-rows";

// N.D. Cent. Code ch. 51-30, §26.1-02.2-05, ch. 13-01.2 (America/Chicago).
const nd = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-ND", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-03-12T09:00:00-06:00" },
  }, ...patches));
const withOthers = (nd: number, elsewhere: number | null) =>
  ({ affected: [{ jurisdiction: "US-ND", count: nd }, { jurisdiction: "US-MN", count: elsewhere }] });
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-ND", home });
const FINANCIAL_CORPORATION = inSectors({ sector: "nonbankFinancial", jurisdiction: "US-ND" });

describe("North Dakota", () => {
  itRows([
    { name: "IND applies: no harm exception, no day count", rule: "US-ND-51-30-02-IND", facts: nd(1, riskLevel("none")),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/Chicago", verification: "V" } },
    { name: "IND applies to a name with a date of birth (other) or employer ID (employment)", rule: "US-ND-51-30-02-IND", facts: nd(1, categories("name", "other")),
      expect: { applies: "yes" } },
    { name: "IND does not apply: data only accessed, not acquired", rule: "US-ND-51-30-02-IND", facts: nd(1, { incident: { compromise: ["access"] } }), expect: { applies: "no" } },
    { name: "IND does not apply: encrypted and key safe", rule: "US-ND-51-30-02-IND", facts: nd(1, KEY_SAFE), expect: { applies: "no" } },
    { name: "IND undetermined: key compromise not known", rule: "US-ND-51-30-02-IND", facts: nd(1, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "AG: more than 250 individuals counted wherever they live (100 ND + 151 MN = 251)", rule: "US-ND-51-30-02-AG", facts: nd(100, withOthers(100, 151)),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "AG: 250 individuals in all is not more than 250", rule: "US-ND-51-30-02-AG", facts: nd(100, withOthers(100, 150)),
      expect: { applies: "no", reason: "250 in all is not more than 250" } },
    { name: "AG undetermined: another state's count not known", rule: "US-ND-51-30-02-AG", facts: nd(100, withOthers(100, null)), expect: { applies: "undetermined" } },
    { name: "VND: the maintainer notifies the owner immediately", rule: "US-ND-51-30-03-VND", facts: nd(1, AS_PROCESSOR), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-ND-51-30-03-VND", facts: nd(1), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-ND-51-30-03-VND", facts: nd(1, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "INS: domestic insurer, material harm likely: 72 h (U) across the DST change, 09:00 CST + 72 h = 10:00 CDT", rule: "US-ND-26.1-02.2-05-INS",
      facts: nd(10, INSURER(true)), expect: { applies: "yes", due: "2027-03-15T10:00:00-05:00", verification: "U", info: hasInfo("uncertain") } },
    { name: "INS: 250 ND consumers reach the threshold for a foreign insurer", rule: "US-ND-26.1-02.2-05-INS", facts: nd(250, INSURER(false)), expect: { applies: "yes" } },
    { name: "INS: 249 ND consumers of a foreign insurer do not", rule: "US-ND-26.1-02.2-05-INS", facts: nd(249, INSURER(false)), expect: { applies: "no" } },
    { name: "INS does not apply to an organisation that is no ND insurance licensee", rule: "US-ND-26.1-02.2-05-INS", facts: nd(5000), expect: { applies: "no" } },
    { name: "INS undetermined: domestic insurer, material harm not assessed", rule: "US-ND-26.1-02.2-05-INS", facts: nd(10, INSURER(true), riskLevel("unknown")),
      expect: { applies: "undetermined", due: "2027-03-15T10:00:00-05:00" } },
    { name: "DFI: at least 500 customers, 45 days from discovery across the DST change", rule: "US-ND-13-01.2-DFI", facts: nd(500, FINANCIAL_CORPORATION),
      expect: { applies: "yes", due: "2027-04-06T23:59:59-05:00", verification: "S" } },
    { name: "DFI: customers in other states count (300 ND + 200 MN = 500)", rule: "US-ND-13-01.2-DFI", facts: nd(300, FINANCIAL_CORPORATION, withOthers(300, 200)),
      expect: { applies: "yes" } },
    { name: "DFI: 499 customers are fewer than 500", rule: "US-ND-13-01.2-DFI", facts: nd(499, FINANCIAL_CORPORATION), expect: { applies: "no" } },
    { name: "DFI does not apply to an organisation DFI does not regulate", rule: "US-ND-13-01.2-DFI", facts: nd(5000), expect: { applies: "no" } },
    { name: "DFI undetermined: count not known", rule: "US-ND-13-01.2-DFI", facts: nd(null, FINANCIAL_CORPORATION), expect: { applies: "undetermined", due: "2027-04-06T23:59:59-05:00" } },
  ]);
});


