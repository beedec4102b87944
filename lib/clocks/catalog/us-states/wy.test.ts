import { describe } from "vitest";
import { AS_PROCESSOR, KEY_SAFE, categories, combine, hasInfo, inJurisdiction, itRows, riskLevel } from "@/lib/clocks/test-support/state-rows";

// Wyo. Stat. §40-12-502 (America/Denver). No day count; notice follows the misuse finding.
const wy = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-WY", count, combine({ moments: { aware: "2027-03-01T09:00:00-07:00", breachDetermined: "2027-03-20T10:00:00-06:00" } }, ...patches));

describe("Wyoming", () => {
  itRows([
    { name: "IND: notice once misuse is found; no day count", rule: "US-WY-40-12-502-IND", facts: wy(10),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "breachDetermined", at: "2027-03-20T10:00:00-06:00" }, timeZone: "America/Denver" } },
    { name: "IND: encryption is no safe harbour (flagged for counsel)", rule: "US-WY-40-12-502-IND", facts: wy(10, KEY_SAFE),
      expect: { applies: "yes", info: hasInfo("uncertain") } },
    { name: "IND does not apply: credentials without a name", rule: "US-WY-40-12-502-IND", facts: wy(10, categories("online_credentials")), expect: { applies: "no" } },
    { name: "IND applies: a name with credentials", rule: "US-WY-40-12-502-IND", facts: wy(10, categories("name", "online_credentials")), expect: { applies: "yes" } },
    { name: "IND does not apply: misuse not reasonably likely", rule: "US-WY-40-12-502-IND", facts: wy(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND undetermined: misuse not assessed", rule: "US-WY-40-12-502-IND", facts: wy(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "VND: the maintainer notifies the owner after its determination", rule: "US-WY-40-12-502-VND", facts: wy(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "S" } },
    { name: "VND does not apply to the owner", rule: "US-WY-40-12-502-VND", facts: wy(10), expect: { applies: "no" } },
    { name: "VND undetermined: personal data not confirmed", rule: "US-WY-40-12-502-VND", facts: wy(10, AS_PROCESSOR, { incident: { personalData: "unknown" } }),
      expect: { applies: "undetermined" } },
  ]);
});
