import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_SAFE, KEY_UNKNOWN, categories, combine, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// Ohio Rev. Code §1349.19 and §3965.04 (America/New_York).
const oh = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-OH", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-11-24T10:00:00-05:00" },
  }, ...patches));
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-OH", home });
const determined = (at: string) => ({ moments: { cybersecurityIncidentDetermined: at } });

describe("Ohio", () => {
  itRows([
    { name: "IND: 45 days from discovery, 20 Feb (EST) to 6 Apr (EDT)", rule: "US-OH-1349.19-IND", facts: oh(10),
      expect: { applies: "yes", due: "2027-04-06T23:59:59-04:00", timeZone: "America/New_York", verification: "S" } },
    { name: "IND does not apply: no material risk of identity theft or fraud", rule: "US-OH-1349.19-IND", facts: oh(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND does not apply: a name with a card number but no code is not Ohio personal information", rule: "US-OH-1349.19-IND",
      facts: oh(10, categories("name", "financial_account")), expect: { applies: "no" } },
    { name: "IND undetermined: material risk not assessed (part of the breach definition)", rule: "US-OH-1349.19-IND", facts: oh(10, riskLevel("unknown")),
      expect: { applies: "undetermined", due: "2027-04-06T23:59:59-04:00" } },
    { name: "CRA: more than 1,000 residents (1,001), after the resident notice, no day count", rule: "US-OH-1349.19-CRA",
      facts: oh(1001, sent("US-OH-1349.19-IND", "2027-03-01T10:00:00-05:00")), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "CRA: 1,000 is not more than 1,000", rule: "US-OH-1349.19-CRA", facts: oh(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
    { name: "CRA undetermined: count not known", rule: "US-OH-1349.19-CRA", facts: oh(null), expect: { applies: "undetermined" } },
    { name: "VND: the custodian notifies the owner expeditiously (no day count)", rule: "US-OH-1349.19-VND", facts: oh(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-OH-1349.19-VND", facts: oh(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-OH-1349.19-VND", facts: oh(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "INS: 3 Ohio business days; Wed 24 Nov, Thanksgiving skipped, Fri 26 counts: due Tue 30 Nov", rule: "US-OH-3965.04-INS", facts: oh(10, INSURER(true)),
      expect: { applies: "yes", due: "2027-11-30T23:59:59-05:00", verification: "V" } },
    { name: "INS: 3 business days across the autumn DST change (Fri 5 Nov EDT to Wed 10 Nov EST)", rule: "US-OH-3965.04-INS",
      facts: oh(10, INSURER(true), determined("2027-11-05T10:00:00-04:00")), expect: { due: "2027-11-10T23:59:59-05:00" } },
    { name: "INS: 250 Ohio consumers of a foreign insurer reach the threshold", rule: "US-OH-3965.04-INS", facts: oh(250, INSURER(false)), expect: { applies: "yes" } },
    { name: "INS: 249 do not", rule: "US-OH-3965.04-INS", facts: oh(249, INSURER(false)), expect: { applies: "no" } },
    { name: "INS does not apply: encrypted nonpublic information, key safe", rule: "US-OH-3965.04-INS", facts: oh(5000, INSURER(true), KEY_SAFE), expect: { applies: "no" } },
    { name: "INS undetermined: domestic insurer, harm not assessed", rule: "US-OH-3965.04-INS", facts: oh(10, INSURER(true), riskLevel("unknown")),
      expect: { applies: "undetermined", due: "2027-11-30T23:59:59-05:00" } },
  ]);
});
