import { describe, expect } from "vitest";
import {
  AS_PROCESSOR, KEY_SAFE, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// Va. Code §§18.2-186.6, 38.2-625, 32.1-127.1:05, 2.2-5514 (America/New_York).
const va = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-VA", count, combine({
    moments: { discovered: "2027-11-06T20:00:00-04:00", cybersecurityIncidentDetermined: "2027-09-02T10:00:00-04:00" },
  }, ...patches));
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-VA", home });
const PUBLIC_BODY = inSectors({ sector: "publicAgency", jurisdiction: "US-VA" });
const PAYROLL = categories("national_id_number", "employment");

describe("Virginia", () => {
  itRows([
    { name: "IND applies: no day count", rule: "US-VA-18.2-186.6-IND", facts: va(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "S" } },
    { name: "IND does not apply: no identity theft or fraud", rule: "US-VA-18.2-186.6-IND", facts: va(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND undetermined: fraud element not assessed", rule: "US-VA-18.2-186.6-IND", facts: va(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "AG: any breach needing resident notice, from discovery; insurer question flagged", rule: "US-VA-18.2-186.6-AG", facts: va(1),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "discovered" }, info: hasInfo("uncertain") } },
    { name: "AG does not apply: encrypted, key safe", rule: "US-VA-18.2-186.6-AG", facts: va(1, KEY_SAFE), expect: { applies: "no" } },
    { name: "AG undetermined: key compromise not known", rule: "US-VA-18.2-186.6-AG", facts: va(1, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "CRA: more than 1,000 persons (1,001)", rule: "US-VA-18.2-186.6-CRA", facts: va(1001, sent("US-VA-18.2-186.6-IND", "2027-11-20T10:00:00-05:00")),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "CRA: 1,000 is not more than 1,000", rule: "US-VA-18.2-186.6-CRA", facts: va(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
    { name: "CRA undetermined: count not known", rule: "US-VA-18.2-186.6-CRA", facts: va(null), expect: { applies: "undetermined" } },
    { name: "VND: the maintainer notifies the owner", rule: "US-VA-18.2-186.6-VND", facts: va(10, AS_PROCESSOR), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-VA-18.2-186.6-VND", facts: va(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-VA-18.2-186.6-VND", facts: va(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "PAYROLL: TIN with withholding data, no name needed, processor or owner alike", rule: "US-VA-18.2-186.6M-PAYROLL", facts: va(40, PAYROLL, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "PAYROLL does not apply without payroll (withholding) data", rule: "US-VA-18.2-186.6M-PAYROLL", facts: va(40, categories("name", "national_id_number")),
      expect: { applies: "no" } },
    { name: "PAYROLL undetermined: fraud not assessed", rule: "US-VA-18.2-186.6M-PAYROLL", facts: va(40, PAYROLL, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "INS: 3 VA business days; Thu 2 Sep, Labor Day skipped: due Wed 8 Sep", rule: "US-VA-38.2-625-INS", facts: va(10, INSURER(true)),
      expect: { applies: "yes", due: "2027-09-08T23:59:59-04:00", verification: "V" } },
    { name: "INS: 3 business days across the autumn DST change (Fri 5 Nov EDT to Wed 10 Nov EST)", rule: "US-VA-38.2-625-INS",
      facts: va(10, INSURER(true), { moments: { cybersecurityIncidentDetermined: "2027-11-05T10:00:00-04:00" } }), expect: { due: "2027-11-10T23:59:59-05:00" } },
    { name: "INS: Wed 25 Nov 2026: Thanksgiving and the Friday next following are §2.2-3300 holidays: due Wed 2 Dec", rule: "US-VA-38.2-625-INS",
      facts: va(10, INSURER(true), { moments: { cybersecurityIncidentDetermined: "2026-11-25T10:00:00-05:00" } }),
      expect: { due: "2026-12-02T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("Va. Code §2.2-3300") }]) } },
    { name: "INS: Fri 29 Oct 2027: Election Day (Tue 2 Nov) is a Virginia holiday in odd years too: due Thu 4 Nov", rule: "US-VA-38.2-625-INS",
      facts: va(10, INSURER(true), { moments: { cybersecurityIncidentDetermined: "2027-10-29T10:00:00-04:00" } }), expect: { due: "2027-11-04T23:59:59-04:00" } },
    { name: "INS: 250 VA consumers of a foreign insurer", rule: "US-VA-38.2-625-INS", facts: va(250, INSURER(false)), expect: { applies: "yes" } },
    { name: "INS: 249 are fewer than 250", rule: "US-VA-38.2-625-INS", facts: va(249, INSURER(false)), expect: { applies: "no" } },
    { name: "INS undetermined: domestic insurer, harm not assessed", rule: "US-VA-38.2-625-INS", facts: va(10, INSURER(true), riskLevel("unknown")),
      expect: { applies: "undetermined" } },
    { name: "MED: a public body's medical-information breach (name + health)", rule: "US-VA-32.1-127.1-05-MED", facts: va(5, PUBLIC_BODY, categories("name", "health")),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", info: hasInfo("uncertain") } },
    { name: "MED does not apply to a private organisation", rule: "US-VA-32.1-127.1-05-MED", facts: va(5, categories("name", "health")), expect: { applies: "no" } },
    { name: "MED undetermined: key compromise not known", rule: "US-VA-32.1-127.1-05-MED", facts: va(5, PUBLIC_BODY, categories("name", "health"), KEY_UNKNOWN),
      expect: { applies: "undetermined" } },
    { name: "GOV: 24 elapsed hours across the autumn DST change (20:00 EDT Sat + 24 h = 19:00 EST Sun)", rule: "US-VA-2.2-5514-GOV", facts: va(0, PUBLIC_BODY),
      expect: { applies: "yes", due: "2027-11-07T19:00:00-05:00", verification: "V" } },
    { name: "GOV does not apply to a private organisation", rule: "US-VA-2.2-5514-GOV", facts: va(10), expect: { applies: "no" } },
    { name: "GOV: unknown personal-data facts leave it applying (any reportable incident counts)", rule: "US-VA-2.2-5514-GOV",
      facts: va(null, PUBLIC_BODY, { incident: { personalData: "unknown" } }), expect: { applies: "yes" } },
  ]);
});
