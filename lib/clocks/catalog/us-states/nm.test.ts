import { describe, expect } from "vitest";
import { AS_PROCESSOR, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, itRows, riskLevel } from "@/lib/clocks/test-support/state-rows";

// N.M. Stat. §§57-12C-6, -10: 45 calendar days from discovery, America/Denver; 20 Feb (MST) + 45 days = 6 Apr (MDT).
const nm = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-NM", count, combine({ moments: { discovered: "2027-02-20T10:00:00-07:00" } }, ...patches));
const DUE = "2027-04-06T23:59:59-06:00";

describe("New Mexico", () => {
  itRows([
    { name: "IND applies: SSN acquired, 45 days from discovery across the DST change", rule: "US-NM-57-12C-6-IND", facts: nm(10),
      expect: { applies: "yes", dueKind: "fixed", due: DUE, timeZone: "America/Denver", verification: "S" } },
    { name: "IND: day 0 is the Denver date of discovery, not the UTC date", rule: "US-NM-57-12C-6-IND",
      facts: nm(10, { moments: { discovered: "2027-02-20T23:30:00-07:00" } }), expect: { due: DUE } },
    { name: "IND does not apply: a finding of no significant risk", rule: "US-NM-57-12C-6-IND", facts: nm(10, riskLevel("none")),
      expect: { applies: "no", dueKind: "not_applicable" } },
    { name: "IND does not apply: name and health data are not New Mexico personal identifying information", rule: "US-NM-57-12C-6-IND",
      facts: nm(10, categories("name", "health")), expect: { applies: "no" } },
    { name: "IND applies while the risk is not assessed (notice is the default)", rule: "US-NM-57-12C-6-IND", facts: nm(10, riskLevel("unknown")),
      expect: { applies: "yes", due: DUE } },
    { name: "IND undetermined: encrypted data, key compromise not known; the due instant is still shown", rule: "US-NM-57-12C-6-IND", facts: nm(10, KEY_UNKNOWN),
      expect: { applies: "undetermined", due: DUE, reason: expect.stringContaining("/incident/encryption/keyCompromised") } },
    { name: "AG: more than 1,000 residents (1,001 applies)", rule: "US-NM-57-12C-10-AG", facts: nm(1001), expect: { applies: "yes", due: DUE, verification: "V" } },
    { name: "AG: 1,000 residents is not more than 1,000", rule: "US-NM-57-12C-10-AG", facts: nm(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
    { name: "AG undetermined: resident count not known", rule: "US-NM-57-12C-10-AG", facts: nm(null), expect: { applies: "undetermined", due: DUE } },
    { name: "CRA: more than 1,000 residents, 45 days from discovery", rule: "US-NM-57-12C-10-CRA", facts: nm(1001), expect: { applies: "yes", due: DUE } },
    { name: "CRA: 1,000 is not more than 1,000", rule: "US-NM-57-12C-10-CRA", facts: nm(1000), expect: { applies: "no" } },
    { name: "CRA undetermined: count not known", rule: "US-NM-57-12C-10-CRA", facts: nm(null), expect: { applies: "undetermined" } },
    { name: "VND applies to a service provider: 45 days from its discovery, clock start flagged uncertain", rule: "US-NM-57-12C-6-VND", facts: nm(10, AS_PROCESSOR),
      expect: { applies: "yes", due: DUE, verification: "S", info: hasInfo("uncertain") } },
    { name: "VND does not apply to the owner", rule: "US-NM-57-12C-6-VND", facts: nm(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-NM-57-12C-6-VND", facts: nm(10, AS_PROCESSOR, KEY_UNKNOWN),
      expect: { applies: "undetermined", due: DUE } },
  ]);
});
