import { describe } from "vitest";
import { AS_PROCESSOR, KEY_UNKNOWN, categories, combine, hasInfo, inJurisdiction, itRows, riskLevel } from "@/lib/clocks/test-support/state-rows";

// 9 GCA §§48.20, 48.30 (Pacific/Guam, UTC+10, no DST).
const gu = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-GU", count, combine({ moments: { discovered: "2027-03-13T20:00:00Z" } }, ...patches));

describe("Guam", () => {
  itRows([
    { name: "IND applies: no day count; discovery shown as declared", rule: "US-GU-48.30-IND", facts: gu(10),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "Pacific/Guam", trigger: { moment: "discovered", at: "2027-03-13T20:00:00Z" } } },
    { name: "IND does not apply: a name with a driver's licence but no fraud", rule: "US-GU-48.30-IND", facts: gu(10, categories("name", "government_id_document"), riskLevel("none")),
      expect: { applies: "no" } },
    { name: "IND undetermined: fraud not assessed", rule: "US-GU-48.30-IND", facts: gu(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
    { name: "VND (U): shown to the maintainer until counsel confirms", rule: "US-GU-48.30-VND", facts: gu(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", due: null, verification: "U", info: hasInfo("uncertain") } },
    { name: "VND does not apply to the owner", rule: "US-GU-48.30-VND", facts: gu(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-GU-48.30-VND", facts: gu(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ]);
});
