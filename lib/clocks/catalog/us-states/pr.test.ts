import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_SAFE, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, inSectors, itRows, riskLevel,
} from "@/lib/clocks/test-support/state-rows";

// 10 L.P.R.A. §§4052, 4053, 4054a (America/Puerto_Rico, UTC-4 all year: no DST).
const pr = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-PR", count, combine({ moments: { discovered: "2027-03-10T10:00:00-04:00" } }, ...patches));

describe("Puerto Rico", () => {
  itRows([
    { name: "IND applies: no harm threshold, no day count", rule: "US-PR-4052-IND", facts: pr(10, riskLevel("none")),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/Puerto_Rico", verification: "V" } },
    { name: "IND applies to a custodian (processor) too", rule: "US-PR-4052-IND", facts: pr(10, AS_PROCESSOR), expect: { applies: "yes" } },
    { name: "IND applies to a name with an account number alone, or with work evaluations", rule: "US-PR-4052-IND", facts: pr(10, categories("name", "employment")),
      expect: { applies: "yes" } },
    { name: "IND does not apply: files protected by encryption, key safe", rule: "US-PR-4052-IND", facts: pr(10, KEY_SAFE), expect: { applies: "no" } },
    { name: "IND undetermined: key compromise not known", rule: "US-PR-4052-IND", facts: pr(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "DACO: 10 calendar days from detection; no DST in Puerto Rico, so -04:00 on both sides of 14 Mar", rule: "US-PR-4052-DACO", facts: pr(1),
      expect: { applies: "yes", due: "2027-03-20T23:59:59-04:00", info: hasInfo("uncertain") } },
    { name: "DACO: no roll-forward to Monday when day 10 is a Saturday", rule: "US-PR-4052-DACO", facts: pr(1),
      expect: { due: "2027-03-20T23:59:59-04:00" } },
    { name: "DACO does not apply without Puerto Rico personal information", rule: "US-PR-4052-DACO", facts: pr(1, categories("name", "contact_details")),
      expect: { applies: "no" } },
    { name: "DACO undetermined: key compromise not known; due still shown", rule: "US-PR-4052-DACO", facts: pr(1, KEY_UNKNOWN),
      expect: { applies: "undetermined", due: "2027-03-20T23:59:59-04:00" } },
    { name: "VND: the data-bank provider notifies the owner (no time stated)", rule: "US-PR-4052-VND", facts: pr(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-PR-4052-VND", facts: pr(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-PR-4052-VND", facts: pr(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "GOV: a government agency's breach goes to the Procurador del Ciudadano", rule: "US-PR-4054a-GOV",
      facts: pr(10, inSectors({ sector: "publicAgency", jurisdiction: "US-PR" })), expect: { applies: "yes", dueKind: "no_fixed_deadline", info: hasInfo("uncertain") } },
    { name: "GOV does not apply to a private organisation", rule: "US-PR-4054a-GOV", facts: pr(10), expect: { applies: "no" } },
    { name: "GOV: unknown encryption leaves it applying (any breach or irregularity)", rule: "US-PR-4054a-GOV",
      facts: pr(10, inSectors({ sector: "publicAgency", jurisdiction: "US-PR" }), KEY_UNKNOWN), expect: { applies: "yes" } },
  ]);
});
