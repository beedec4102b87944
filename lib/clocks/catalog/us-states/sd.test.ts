import { describe, expect } from "vitest";
import { AS_PROCESSOR, KEY_SAFE, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, itRows, riskLevel } from "@/lib/clocks/test-support/state-rows";

// SDCL §§22-40-19 to 22-40-26 (America/Chicago): 1 Feb (CST) + 60 days = 2 Apr (CDT).
const sd = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-SD", count, combine({ moments: { discovered: "2027-02-01T09:00:00-06:00" } }, ...patches));
const DUE = "2027-04-02T23:59:59-05:00";

describe("South Dakota", () => {
  itRows([
    { name: "IND: 60 days from discovery, across the spring DST change", rule: "US-SD-22-40-20-IND", facts: sd(10),
      expect: { applies: "yes", due: DUE, timeZone: "America/Chicago", verification: "V" } },
    { name: "IND applies to protected information without a name (user name and password)", rule: "US-SD-22-40-20-IND", facts: sd(10, categories("online_credentials")),
      expect: { applies: "yes" } },
    { name: "IND does not apply: a documented no-harm determination", rule: "US-SD-22-40-20-IND", facts: sd(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND applies while harm is not assessed (the exception needs a determination)", rule: "US-SD-22-40-20-IND", facts: sd(10, riskLevel("unknown")),
      expect: { applies: "yes", due: DUE } },
    { name: "IND undetermined: key compromise not known", rule: "US-SD-22-40-20-IND", facts: sd(10, KEY_UNKNOWN), expect: { applies: "undetermined", due: DUE } },
    { name: "AG: more than 250 residents (251), 60 days from discovery", rule: "US-SD-22-40-20-AG", facts: sd(251), expect: { applies: "yes", due: DUE } },
    { name: "AG: 250 is not more than 250", rule: "US-SD-22-40-20-AG", facts: sd(250), expect: { applies: "no", reason: "250 is not more than 250" } },
    { name: "AG applies whatever the harm finding (no harm condition)", rule: "US-SD-22-40-20-AG", facts: sd(251, riskLevel("none")), expect: { applies: "yes" } },
    { name: "AG undetermined: count not known", rule: "US-SD-22-40-20-AG", facts: sd(null), expect: { applies: "undetermined", due: DUE } },
    { name: "AGNH: a holder relying on the no-harm exception tells the AG first, within the 60 days", rule: "US-SD-22-40-20-AGNH", facts: sd(3, riskLevel("none")),
      expect: { applies: "yes", due: DUE } },
    { name: "AGNH does not apply when harm is likely (residents are notified instead)", rule: "US-SD-22-40-20-AGNH", facts: sd(3, riskLevel("risk")), expect: { applies: "no" } },
    { name: "AGNH undetermined while harm is not assessed", rule: "US-SD-22-40-20-AGNH", facts: sd(3, riskLevel("unknown")),
      expect: { applies: "undetermined", reason: expect.stringContaining("/incident/riskLevel") } },
    { name: "AGNH reads the South Dakota finding first: no harm in SD, risk elsewhere", rule: "US-SD-22-40-20-AGNH",
      facts: sd(3, { incident: { riskLevel: "risk", riskByJurisdiction: { "US-SD": "none" } } }), expect: { applies: "yes" } },
    { name: "AGNH does not apply to encrypted data with a safe key (no breach to rely on an exception for)", rule: "US-SD-22-40-20-AGNH",
      facts: sd(3, KEY_SAFE, riskLevel("none")), expect: { applies: "no" } },
    { name: "CRA: any breach needing resident notice, no numeric threshold", rule: "US-SD-22-40-23-CRA", facts: sd(1), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "CRA does not apply after a no-harm determination", rule: "US-SD-22-40-23-CRA", facts: sd(5000, riskLevel("none")), expect: { applies: "no" } },
    { name: "CRA undetermined: key compromise not known", rule: "US-SD-22-40-23-CRA", facts: sd(1, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "VND (U): shown to a third party until counsel confirms the duty", rule: "US-SD-22-40-VND", facts: sd(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", due: null, verification: "U", info: hasInfo("uncertain") } },
    { name: "VND does not apply to the holder", rule: "US-SD-22-40-VND", facts: sd(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-SD-22-40-VND", facts: sd(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ]);
});

