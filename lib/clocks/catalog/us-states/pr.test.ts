import { RULES } from "@/lib/clocks/catalog/us-states/pr";
import {
  AS_PROCESSOR, categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, inSectors, KEY_UNKNOWN, maintainerNoticeCases, riskLevel, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// 10 L.P.R.A. §§4052, 4053, 4054a (America/Puerto_Rico, UTC-4 all year: no DST).
const pr = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-PR", count, combine({ moments: { discovered: "2027-03-10T10:00:00-04:00" } }, ...patches));

const cases: TStateCase[] = [
  { ruleId: "US-PR-4052-IND", kind: ["applies", "due"], name: "IND applies: no harm threshold, no day count", facts: pr(10, riskLevel("none")),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/Puerto_Rico", verification: "V" } },
  { ruleId: "US-PR-4052-IND", kind: "applies", name: "IND applies to a custodian (processor) too", facts: pr(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-PR-4052-IND", kind: "applies", name: "IND applies to a name with an account number alone, or with work evaluations", facts: pr(10, categories("name", "employment")),
    expect: { applies: "yes" } },
  { ruleId: "US-PR-4052-IND", kind: "no", name: "IND does not apply: files protected by encryption, key safe", facts: pr(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-PR-4052-IND", kind: "undetermined", name: "IND undetermined: key compromise not known", facts: pr(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-PR-4052-DACO", kind: ["applies", "due"], name: "DACO: 10 calendar days from detection; no DST in Puerto Rico, so -04:00 on both sides of 14 Mar", facts: pr(1),
    expect: { applies: "yes", due: "2027-03-20T23:59:59-04:00", info: hasInfo("uncertain") } },
  { ruleId: "US-PR-4052-DACO", kind: "due", name: "DACO: no roll-forward to Monday when day 10 is a Saturday", facts: pr(1),
    expect: { due: "2027-03-20T23:59:59-04:00" } },
  { ruleId: "US-PR-4052-DACO", kind: "no", name: "DACO does not apply without Puerto Rico personal information", facts: pr(1, categories("name", "contact_details")),
    expect: { applies: "no" } },
  { ruleId: "US-PR-4052-DACO", kind: ["undetermined", "due"], name: "DACO undetermined: key compromise not known; due still shown", facts: pr(1, KEY_UNKNOWN),
    expect: { applies: "undetermined", due: "2027-03-20T23:59:59-04:00" } },
  ...maintainerNoticeCases("US-PR-4052-VND", pr, { name: "VND: the data-bank provider notifies the owner (no time stated)" }),
  { ruleId: "US-PR-4054a-GOV", kind: ["applies", "due"], name: "GOV: a government agency's breach goes to the Procurador del Ciudadano", 
    facts: pr(10, inSectors({ sector: "publicAgency", jurisdiction: "US-PR" })), expect: { applies: "yes", dueKind: "no_fixed_deadline", info: hasInfo("uncertain") } },
  { ruleId: "US-PR-4054a-GOV", kind: "no", name: "GOV does not apply to a private organisation", facts: pr(10), expect: { applies: "no" } },
  { ruleId: "US-PR-4054a-GOV", kind: ["applies", "undetermined"], name: "GOV: unknown encryption leaves it applying (any breach or irregularity)", 
    facts: pr(10, inSectors({ sector: "publicAgency", jurisdiction: "US-PR" }), KEY_UNKNOWN), expect: { applies: "yes" } },
];

describeStateRules("Puerto Rico", RULES, cases);
