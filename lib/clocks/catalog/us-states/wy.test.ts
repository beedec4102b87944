import { RULES } from "@/lib/clocks/catalog/us-states/wy";
import {
  AS_PROCESSOR, categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, riskLevel, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Wyo. Stat. §40-12-502 (America/Denver). No day count; notice follows the misuse finding.
const wy = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-WY", count, combine({ moments: { aware: "2027-03-01T09:00:00-07:00", breachDetermined: "2027-03-20T10:00:00-06:00" } }, ...patches));

const cases: TStateCase[] = [
  { ruleId: "US-WY-40-12-502-IND", kind: ["applies", "due"], name: "IND: notice once misuse is found; no day count", facts: wy(10),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "breachDetermined", at: "2027-03-20T10:00:00-06:00" }, timeZone: "America/Denver" } },
  { ruleId: "US-WY-40-12-502-IND", kind: "applies", name: "IND: encryption is no safe harbour (flagged for counsel)", facts: wy(10, ENCRYPTED_KEY_SAFE),
    expect: { applies: "yes", info: hasInfo("uncertain") } },
  { ruleId: "US-WY-40-12-502-IND", kind: "no", name: "IND does not apply: credentials without a name", facts: wy(10, categories("online_credentials")), expect: { applies: "no" } },
  { ruleId: "US-WY-40-12-502-IND", kind: "applies", name: "IND applies: a name with credentials", facts: wy(10, categories("name", "online_credentials")), expect: { applies: "yes" } },
  { ruleId: "US-WY-40-12-502-IND", kind: "no", name: "IND does not apply: misuse not reasonably likely", facts: wy(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-WY-40-12-502-IND", kind: "undetermined", name: "IND undetermined: misuse not assessed", facts: wy(10, riskLevel("unknown")), expect: { applies: "undetermined" } },
  { ruleId: "US-WY-40-12-502-VND", kind: ["applies", "due"], name: "VND: the maintainer notifies the owner after its determination", facts: wy(10, AS_PROCESSOR),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "S" } },
  { ruleId: "US-WY-40-12-502-VND", kind: "no", name: "VND does not apply to the owner", facts: wy(10), expect: { applies: "no" } },
  { ruleId: "US-WY-40-12-502-VND", kind: "undetermined", name: "VND undetermined: personal data not confirmed", facts: wy(10, AS_PROCESSOR, { incident: { personalData: "unknown" } }),
    expect: { applies: "undetermined" } },
];

describeStateRules("Wyoming", RULES, cases);
