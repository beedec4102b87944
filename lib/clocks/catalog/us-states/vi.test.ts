import { describe } from "vitest";
import { AS_PROCESSOR, KEY_SAFE, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, itRows, riskLevel } from "@/lib/clocks/test-support/state-rows";

// 14 V.I.C. §§2208, 2209 (America/St_Thomas, UTC-4, no DST).
const vi = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-VI", count, combine({ moments: { discovered: "2027-03-15T10:00:00-04:00" } }, ...patches));

describe("U.S. Virgin Islands", () => {
  itRows([
    { name: "IND applies: no harm threshold, no day count", rule: "US-VI-2208-IND", facts: vi(10, riskLevel("none")),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/St_Thomas", verification: "S" } },
    { name: "IND does not apply: a name with a card number but no code", rule: "US-VI-2208-IND", facts: vi(10, categories("name", "financial_account")), expect: { applies: "no" } },
    { name: "IND does not apply: encrypted, key safe", rule: "US-VI-2208-IND", facts: vi(10, KEY_SAFE), expect: { applies: "no" } },
    { name: "IND undetermined: key compromise not known", rule: "US-VI-2208-IND", facts: vi(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "VND (U): shown to the maintainer until counsel confirms", rule: "US-VI-2208-VND", facts: vi(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", due: null, verification: "U", info: hasInfo("uncertain") } },
    { name: "VND does not apply to the owner", rule: "US-VI-2208-VND", facts: vi(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-VI-2208-VND", facts: vi(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ]);
});
