import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/sd";
import {
  categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, hasInfo, inJurisdiction, KEY_UNKNOWN, maintainerNoticeCases, riskLevel, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// SDCL §§22-40-19 to 22-40-26 (America/Chicago): 1 Feb (CST) + 60 days = 2 Apr (CDT).
const sd = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-SD", count, combine({ moments: { discovered: "2027-02-01T09:00:00-06:00" } }, ...patches));
const DUE = "2027-04-02T23:59:59-05:00";

const cases: TStateCase[] = [
  { ruleId: "US-SD-22-40-20-IND", kind: ["applies", "due"], name: "IND: 60 days from discovery, across the spring DST change", facts: sd(10),
    expect: { applies: "yes", due: DUE, timeZone: "America/Chicago", verification: "V" } },
  { ruleId: "US-SD-22-40-20-IND", kind: "applies", name: "IND applies to protected information without a name (user name and password)", facts: sd(10, categories("online_credentials")),
    expect: { applies: "yes" } },
  { ruleId: "US-SD-22-40-20-IND", kind: "no", name: "IND does not apply: a documented no-harm determination", facts: sd(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-SD-22-40-20-IND", kind: ["applies", "due"], name: "IND applies while harm is not assessed (the exception needs a determination)", facts: sd(10, riskLevel("unknown")),
    expect: { applies: "yes", due: DUE } },
  { ruleId: "US-SD-22-40-20-IND", kind: ["undetermined", "due"], name: "IND undetermined: key compromise not known", facts: sd(10, KEY_UNKNOWN), expect: { applies: "undetermined", due: DUE } },
  { ruleId: "US-SD-22-40-20-AG", kind: "no", name: "AG does not apply above the threshold (251) when the data were encrypted and the key not taken", facts: sd(251, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-SD-22-40-20-AG", kind: ["threshold", "applies", "due"], name: "AG: more than 250 residents (251), 60 days from discovery", facts: sd(251), expect: { applies: "yes", due: DUE } },
  { ruleId: "US-SD-22-40-20-AG", kind: "threshold", name: "AG: 250 is not more than 250", facts: sd(250), expect: { applies: "no", reason: "250 is not more than 250" } },
  { ruleId: "US-SD-22-40-20-AG", kind: "applies", name: "AG applies whatever the harm finding (no harm condition)", facts: sd(251, riskLevel("none")), expect: { applies: "yes" } },
  { ruleId: "US-SD-22-40-20-AG", kind: ["undetermined", "due"], name: "AG undetermined: count not known", facts: sd(null), expect: { applies: "undetermined", due: DUE } },
  { ruleId: "US-SD-22-40-20-AGNH", kind: ["applies", "due"], name: "AGNH: a holder relying on the no-harm exception tells the AG first, within the 60 days", facts: sd(3, riskLevel("none")),
    expect: { applies: "yes", due: DUE } },
  { ruleId: "US-SD-22-40-20-AGNH", kind: "no", name: "AGNH does not apply when harm is likely (residents are notified instead)", facts: sd(3, riskLevel("risk")), expect: { applies: "no" } },
  { ruleId: "US-SD-22-40-20-AGNH", kind: "undetermined", name: "AGNH undetermined while harm is not assessed", facts: sd(3, riskLevel("unknown")),
    expect: { applies: "undetermined", reason: expect.stringContaining("/incident/riskLevel") } },
  { ruleId: "US-SD-22-40-20-AGNH", kind: "applies", name: "AGNH reads the South Dakota finding first: no harm in SD, risk elsewhere", 
    facts: sd(3, { incident: { riskLevel: "risk", riskByJurisdiction: { "US-SD": "none" } } }), expect: { applies: "yes" } },
  { ruleId: "US-SD-22-40-20-AGNH", kind: "no", name: "AGNH does not apply to encrypted data with a safe key (no breach to rely on an exception for)", 
    facts: sd(3, ENCRYPTED_KEY_SAFE, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-SD-22-40-23-CRA", kind: ["applies", "due"], name: "CRA: any breach needing resident notice, no numeric threshold", facts: sd(1), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
  { ruleId: "US-SD-22-40-23-CRA", kind: "no", name: "CRA does not apply after a no-harm determination", facts: sd(5000, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-SD-22-40-23-CRA", kind: "undetermined", name: "CRA undetermined: key compromise not known", facts: sd(1, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ...maintainerNoticeCases("US-SD-22-40-VND", sd, { name: "VND (U): shown to a third party until counsel confirms the duty", expect: { due: null, verification: "U", info: hasInfo("uncertain") } }, { owner: "the holder" }),
];

describeStateRules("South Dakota", RULES, cases);

