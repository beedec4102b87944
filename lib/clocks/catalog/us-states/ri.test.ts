import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_SAFE, KEY_UNKNOWN, combine, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// R.I. Gen. Laws §§11-49.3-4, 27-1-47, 19-14-36 (America/New_York).
const ri = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-RI", count, combine({
    moments: { breachDetermined: "2027-02-20T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-08-06T10:00:00-04:00" },
  }, ...patches));
const LETTERS = sent("US-RI-11-49.3-4-IND", "2027-03-15T09:00:00-04:00");
const DOMESTIC_INSURER = inSectors({ sector: "insurance", jurisdiction: "US-RI", home: true });
const LENDER = inSectors({ sector: "consumerLender", jurisdiction: "US-RI" });

describe("Rhode Island", () => {
  itRows([
    { name: "IND: 45 days from confirmation (breachDetermined), 20 Feb EST to 6 Apr EDT", rule: "US-RI-11-49.3-4-IND", facts: ri(10),
      expect: { applies: "yes", due: "2027-04-06T23:59:59-04:00", verification: "V" } },
    { name: "IND applies to a processor too (anyone who stores or maintains the data)", rule: "US-RI-11-49.3-4-IND", facts: ri(10, AS_PROCESSOR), expect: { applies: "yes" } },
    { name: "IND applies to access without acquisition", rule: "US-RI-11-49.3-4-IND", facts: ri(10, { incident: { compromise: ["access"] } }), expect: { applies: "yes" } },
    { name: "IND does not apply: no significant risk of identity theft", rule: "US-RI-11-49.3-4-IND", facts: ri(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND does not apply: 128-bit encryption, key safe", rule: "US-RI-11-49.3-4-IND", facts: ri(10, KEY_SAFE), expect: { applies: "no" } },
    { name: "IND applies while the risk is not assessed (notice is the default)", rule: "US-RI-11-49.3-4-IND", facts: ri(10, riskLevel("unknown")), expect: { applies: "yes" } },
    { name: "IND undetermined: key compromise not known", rule: "US-RI-11-49.3-4-IND", facts: ri(10, KEY_UNKNOWN),
      expect: { applies: "undetermined", due: "2027-04-06T23:59:59-04:00" } },
    { name: "AG: more than 500 (501), no later than the resident notice", rule: "US-RI-11-49.3-4-AG", facts: ri(501, LETTERS),
      expect: { applies: "yes", due: "2027-03-15T09:00:00-04:00" } },
    { name: "AG: 500 is not more than 500", rule: "US-RI-11-49.3-4-AG", facts: ri(500, LETTERS), expect: { applies: "no", reason: "500 is not more than 500" } },
    { name: "AG undetermined: count not known", rule: "US-RI-11-49.3-4-AG", facts: ri(null), expect: { applies: "undetermined", dueKind: "awaiting_trigger" } },
    { name: "CRA: more than 500 (501), no later than the resident notice", rule: "US-RI-11-49.3-4-CRA", facts: ri(501, LETTERS),
      expect: { applies: "yes", due: "2027-03-15T09:00:00-04:00" } },
    { name: "CRA: 500 is not more than 500", rule: "US-RI-11-49.3-4-CRA", facts: ri(500), expect: { applies: "no" } },
    { name: "CRA undetermined: count not known", rule: "US-RI-11-49.3-4-CRA", facts: ri(null), expect: { applies: "undetermined" } },
    { name: "INS: 3 RI business days; Fri 6 Aug, Victory Day (Mon 9 Aug) skipped: due Thu 12 Aug", rule: "US-RI-27-1-47-INS", facts: ri(1, DOMESTIC_INSURER),
      expect: { applies: "yes", due: "2027-08-12T23:59:59-04:00" } },
    { name: "INS does not apply to a foreign insurer, however many RI consumers", rule: "US-RI-27-1-47-INS",
      facts: ri(5000, inSectors({ sector: "insurance", jurisdiction: "US-RI", home: false })), expect: { applies: "no" } },
    { name: "INS undetermined: key compromise not known", rule: "US-RI-27-1-47-INS", facts: ri(1, DOMESTIC_INSURER, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "DBR: 3 RI business days across the spring DST change (Fri 12 Mar EST to Wed 17 Mar EDT)", rule: "US-RI-19-14-36-DBR",
      facts: ri(1, LENDER, { moments: { cybersecurityIncidentDetermined: "2027-03-12T10:00:00-05:00" } }), expect: { applies: "yes", due: "2027-03-17T23:59:59-04:00" } },
    { name: "DBR applies to a currency transmitter licensee too", rule: "US-RI-19-14-36-DBR", facts: ri(1, inSectors({ sector: "moneyTransmitter", jurisdiction: "US-RI" })),
      expect: { applies: "yes" } },
    { name: "DBR does not apply to an organisation with no ch. 19-14 licence", rule: "US-RI-19-14-36-DBR", facts: ri(1),
      expect: { applies: "no" } },
    { name: "DBR undetermined: key compromise not known", rule: "US-RI-19-14-36-DBR", facts: ri(1, LENDER, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ]);
});
