import { RULES } from "@/lib/clocks/catalog/us-states/gu";
import {
  categories, combine, describeStateRules, hasInfo, inJurisdiction, maintainerNoticeCases, riskLevel, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// 9 GCA §§48.20, 48.30 (Pacific/Guam, UTC+10, no DST).
const gu = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-GU", count, combine({ moments: { discovered: "2027-03-13T20:00:00Z" } }, ...patches));

const cases: TStateCase[] = [
  { ruleId: "US-GU-48.30-IND", kind: ["applies", "due"], name: "IND applies: no day count; discovery shown as declared", facts: gu(10),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "Pacific/Guam", trigger: { moment: "discovered", at: "2027-03-13T20:00:00Z" } } },
  { ruleId: "US-GU-48.30-IND", kind: "no", name: "IND does not apply: a name with a driver's licence but no fraud", facts: gu(10, categories("name", "government_id_document"), riskLevel("none")),
    expect: { applies: "no" } },
  { ruleId: "US-GU-48.30-IND", kind: "undetermined", name: "IND undetermined: fraud not assessed", facts: gu(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
  ...maintainerNoticeCases("US-GU-48.30-VND", gu, { name: "VND (U): shown to the maintainer until counsel confirms", expect: { due: null, verification: "U", info: hasInfo("uncertain") } }),
];

describeStateRules("Guam", RULES, cases);
