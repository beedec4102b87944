import { RULES } from "@/lib/clocks/catalog/us-states/vi";
import {
  categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, KEY_UNKNOWN, maintainerNoticeCases, riskLevel, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// 14 V.I.C. §§2208, 2209 (America/St_Thomas, UTC-4, no DST).
const vi = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-VI", count, combine({ moments: { discovered: "2027-03-15T10:00:00-04:00" } }, ...patches));

const cases: TStateCase[] = [
  { ruleId: "US-VI-2208-IND", kind: ["applies", "due"], name: "IND applies: no harm threshold, no day count", facts: vi(10, riskLevel("none")),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/St_Thomas", verification: "S" } },
  { ruleId: "US-VI-2208-IND", kind: "no", name: "IND does not apply: a name with a card number but no code", facts: vi(10, categories("name", "financial_account")), expect: { applies: "no" } },
  { ruleId: "US-VI-2208-IND", kind: "no", name: "IND does not apply: encrypted, key safe", facts: vi(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-VI-2208-IND", kind: "undetermined", name: "IND undetermined: key compromise not known", facts: vi(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ...maintainerNoticeCases("US-VI-2208-VND", vi, { name: "VND (U): shown to the maintainer until counsel confirms", expect: { due: null, verification: "U", info: hasInfo("uncertain") } }),
];

describeStateRules("U.S. Virgin Islands", RULES, cases);
