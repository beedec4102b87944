import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_UNKNOWN, categories, combine, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// Wis. Stat. §§134.98, 601.954 (America/Chicago): 20 Feb (CST) + 45 days = 6 Apr (CDT).
const wi = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-WI", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-09-02T10:00:00-05:00" },
  }, ...patches));
const DUE = "2027-04-06T23:59:59-05:00";
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-WI", home });

describe("Wisconsin", () => {
  itRows([
    { name: "IND: 45 days from learning of the acquisition, across the DST change", rule: "US-WI-134.98-IND", facts: wi(10),
      expect: { applies: "yes", due: DUE, timeZone: "America/Chicago", verification: "S" } },
    { name: "IND applies to a name with a card number alone, or with an access code alone", rule: "US-WI-134.98-IND", facts: wi(10, categories("name", "financial_access_code")),
      expect: { applies: "yes" } },
    { name: "IND does not apply: no material risk of identity theft or fraud", rule: "US-WI-134.98-IND", facts: wi(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND applies while the risk is not assessed (notice is the default)", rule: "US-WI-134.98-IND", facts: wi(10, riskLevel("unknown")), expect: { applies: "yes" } },
    { name: "IND undetermined: key compromise not known", rule: "US-WI-134.98-IND", facts: wi(10, KEY_UNKNOWN), expect: { applies: "undetermined", due: DUE } },
    { name: "CRA: 1,000 individuals reach the threshold (1,000 or more used)", rule: "US-WI-134.98-CRA", facts: wi(1000, sent("US-WI-134.98-IND", "2027-03-10T10:00:00-06:00")),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "CRA: 999 are fewer than 1,000", rule: "US-WI-134.98-CRA", facts: wi(999), expect: { applies: "no", reason: "999 is not at least 1,000" } },
    { name: "CRA undetermined: count not known", rule: "US-WI-134.98-CRA", facts: wi(null), expect: { applies: "undetermined" } },
    { name: "VND: the person storing the data notifies the owner", rule: "US-WI-134.98-VND", facts: wi(10, AS_PROCESSOR), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-WI-134.98-VND", facts: wi(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-WI-134.98-VND", facts: wi(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "INS: 3 WI business days; Thu 2 Sep, Labor Day skipped: due Wed 8 Sep", rule: "US-WI-601.954-INS", facts: wi(10, INSURER(true)),
      expect: { applies: "yes", due: "2027-09-08T23:59:59-05:00", verification: "V" } },
    { name: "INS: 250 WI consumers of a foreign insurer", rule: "US-WI-601.954-INS", facts: wi(250, INSURER(false)), expect: { applies: "yes" } },
    { name: "INS: 249 are fewer than 250", rule: "US-WI-601.954-INS", facts: wi(249, INSURER(false)), expect: { applies: "no" } },
    { name: "INS undetermined: domestic insurer, harm not assessed", rule: "US-WI-601.954-INS", facts: wi(10, INSURER(true), riskLevel("unknown")),
      expect: { applies: "undetermined", due: "2027-09-08T23:59:59-05:00" } },
  ]);
});
