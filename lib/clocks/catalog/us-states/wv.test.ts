import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_UNKNOWN, combine, hasInfo, inJurisdiction, inSectors, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// W. Va. Code §§46A-2A-102, 5A-6C-3 (America/New_York).
const wv = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-WV", count, combine({
    moments: { discovered: "2027-10-25T10:00:00-04:00", cybersecurityIncidentDetermined: "2027-11-01T12:00:00-04:00" },
  }, ...patches));
const AGENCY = inSectors({ sector: "publicAgency", jurisdiction: "US-WV" });

describe("West Virginia", () => {
  itRows([
    { name: "IND applies: no day count", rule: "US-WV-46A-2A-102-IND", facts: wv(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "V" } },
    { name: "IND applies to encrypted data when the key was taken too (subsection (b))", rule: "US-WV-46A-2A-102-IND",
      facts: wv(10, { incident: { encryption: { status: "encrypted", keyCompromised: "yes" } } }), expect: { applies: "yes" } },
    { name: "IND does not apply: no identity theft or fraud", rule: "US-WV-46A-2A-102-IND", facts: wv(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND undetermined: fraud not assessed", rule: "US-WV-46A-2A-102-IND", facts: wv(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "CRA: more than 1,000 persons (1,001)", rule: "US-WV-46A-2A-102-CRA", facts: wv(1001, sent("US-WV-46A-2A-102-IND", "2027-11-01T10:00:00-04:00")),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "CRA: 1,000 is not more than 1,000", rule: "US-WV-46A-2A-102-CRA", facts: wv(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
    { name: "CRA undetermined: count not known", rule: "US-WV-46A-2A-102-CRA", facts: wv(null), expect: { applies: "undetermined" } },
    { name: "VND: the maintainer notifies the owner as soon as practicable", rule: "US-WV-46A-2A-102-VND", facts: wv(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-WV-46A-2A-102-VND", facts: wv(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-WV-46A-2A-102-VND", facts: wv(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "GOV: 10 days from the determination, across the autumn DST change (1 Nov EDT to 11 Nov EST)", rule: "US-WV-5A-6C-3-GOV", facts: wv(0, AGENCY),
      expect: { applies: "yes", due: "2027-11-11T23:59:59-05:00", info: hasInfo("constraint") } },
    { name: "GOV does not apply to a private organisation", rule: "US-WV-5A-6C-3-GOV", facts: wv(10), expect: { applies: "no" } },
    { name: "GOV: unknown personal-data facts leave it applying", rule: "US-WV-5A-6C-3-GOV", facts: wv(null, AGENCY, { incident: { personalData: "unknown" } }),
      expect: { applies: "yes" } },
  ]);
});
