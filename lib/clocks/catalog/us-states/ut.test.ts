import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// Utah Code §§13-44-202, 63A-19-405 (America/Denver).
const ut = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-UT", count, combine({
    moments: { discovered: "2027-03-11T15:00:00-07:00", breachDetermined: "2027-03-20T10:00:00-06:00" },
  }, ...patches));
const LETTERS = sent("US-UT-13-44-202-IND", "2027-04-01T16:00:00Z");
const AGENCY = inSectors({ sector: "publicAgency", jurisdiction: "US-UT" });

describe("Utah", () => {
  itRows([
    { name: "IND: notice follows the misuse finding; no day count", rule: "US-UT-13-44-202-IND", facts: ut(10),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "breachDetermined" }, timeZone: "America/Denver" } },
    { name: "IND does not apply: online credentials are not Utah personal information", rule: "US-UT-13-44-202-IND", facts: ut(10, categories("online_credentials")),
      expect: { applies: "no" } },
    { name: "IND does not apply: the investigation found misuse unlikely", rule: "US-UT-13-44-202-IND", facts: ut(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND undetermined: misuse not assessed", rule: "US-UT-13-44-202-IND", facts: ut(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "AG and Cyber Center: 500 residents, due with the resident notice (10:00 MDT)", rule: "US-UT-13-44-202-AG", facts: ut(500, LETTERS),
      expect: { applies: "yes", due: "2027-04-01T10:00:00-06:00" } },
    { name: "AG: 499 are fewer than 500", rule: "US-UT-13-44-202-AG", facts: ut(499, LETTERS), expect: { applies: "no", reason: "499 is not at least 500" } },
    { name: "AG undetermined: count not known", rule: "US-UT-13-44-202-AG", facts: ut(null), expect: { applies: "undetermined" } },
    { name: "CRA: 1,000 residents reach the threshold", rule: "US-UT-13-44-202-CRA", facts: ut(1000), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "CRA: 999 do not", rule: "US-UT-13-44-202-CRA", facts: ut(999), expect: { applies: "no", reason: "999 is not at least 1,000" } },
    { name: "CRA undetermined: count not known", rule: "US-UT-13-44-202-CRA", facts: ut(null), expect: { applies: "undetermined" } },
    { name: "VND: the maintainer notifies the owner immediately once misuse is likely", rule: "US-UT-13-44-202-VND", facts: ut(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "discovered" } } },
    { name: "VND does not apply to the owner", rule: "US-UT-13-44-202-VND", facts: ut(10), expect: { applies: "no" } },
    { name: "VND undetermined: misuse not assessed", rule: "US-UT-13-44-202-VND", facts: ut(10, AS_PROCESSOR, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "GOV: 5 days from discovery, across the spring DST change (11 Mar MST to 16 Mar MDT)", rule: "US-UT-63A-19-405-GOV", facts: ut(0, AGENCY),
      expect: { applies: "yes", due: "2027-03-16T23:59:59-06:00", verification: "V", info: hasInfo("uncertain") } },
    { name: "GOV does not apply to a private organisation", rule: "US-UT-63A-19-405-GOV", facts: ut(600), expect: { applies: "no" } },
    { name: "GOV: unknown encryption leaves the report due (any data breach counts)", rule: "US-UT-63A-19-405-GOV", facts: ut(null, AGENCY, KEY_UNKNOWN),
      expect: { applies: "yes" } },
  ]);
});
