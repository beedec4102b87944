import { RULES } from "@/lib/clocks/catalog/us-states/dc";
import {
  categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, inJurisdiction, KEY_UNKNOWN, maintainerNoticeCases, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// D.C. Code §§28-3851, 28-3852, 28-3852.02 (America/New_York).
const dc = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-DC", count, combine({ moments: { discovered: "2027-10-20T10:00:00-04:00" } }, ...patches));
// Sent on 8 Nov 2027 at 14:00 UTC, after the autumn change: 09:00 EST.
const LETTERS = sent("US-DC-28-3852-IND", "2027-11-08T14:00:00Z");

const cases: TStateCase[] = [
  { ruleId: "US-DC-28-3852-IND", kind: ["applies", "due"], name: "IND applies: no day count", facts: dc(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "V" } },
  { ruleId: "US-DC-28-3852-IND", kind: "applies", name: "IND applies to credentials alone (e-mail account)", facts: dc(10, categories("online_credentials")), expect: { applies: "yes" } },
  { ruleId: "US-DC-28-3852-IND", kind: "applies", name: "IND applies to a name with genetic data", facts: dc(10, categories("name", "genetic")), expect: { applies: "yes" } },
  { ruleId: "US-DC-28-3852-IND", kind: "no", name: "IND does not apply: no-harm determination after consulting the OAG", facts: dc(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-DC-28-3852-IND", kind: "applies", name: "IND applies while harm is not assessed (notice is the default)", facts: dc(10, riskLevel("unknown")), expect: { applies: "yes" } },
  { ruleId: "US-DC-28-3852-IND", kind: "undetermined", name: "IND undetermined: key compromise not known", facts: dc(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-DC-28-3852-AG", kind: "no", name: "AG does not apply above the threshold (50) when the data were encrypted and the key not taken", facts: dc(50, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-DC-28-3852-AG", kind: ["applies", "due"], name: "AG: 50 residents, no later than the resident notice (09:00 EST)", facts: dc(50, LETTERS),
    expect: { applies: "yes", dueKind: "fixed", due: "2027-11-08T09:00:00-05:00" } },
  { ruleId: "US-DC-28-3852-AG", kind: "threshold", name: "AG: 49 are fewer than 50", facts: dc(49, LETTERS), expect: { applies: "no", reason: "49 is not at least 50" } },
  { ruleId: "US-DC-28-3852-AG", kind: ["undetermined", "due"], name: "AG undetermined: count not known, still due with the resident notice", facts: dc(null, LETTERS),
    expect: { applies: "undetermined", due: "2027-11-08T09:00:00-05:00" } },
  ...thresholdCases("US-DC-28-3852-CRA", ">", 1000, dc, LETTERS, { name: "CRA: more than 1,000 (1,001)" }),
  ...maintainerNoticeCases("US-DC-28-3852-VND", dc, { name: "VND: the maintainer notifies the owner in the most expedient time" }),
  { ruleId: "US-DC-28-3852.02-CM", kind: ["applies", "due"], name: "CM: an SSN breach needs 18 months of identity-theft protection, offered with the notice", facts: dc(10, LETTERS),
    expect: { applies: "yes", due: "2027-11-08T09:00:00-05:00" } },
  { ruleId: "US-DC-28-3852.02-CM", kind: "no", name: "CM does not apply without an SSN or TIN", facts: dc(10, categories("name", "financial_account")), expect: { applies: "no" } },
  { ruleId: "US-DC-28-3852.02-CM", kind: "undetermined", name: "CM undetermined: key compromise not known", facts: dc(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
];

describeStateRules("District of Columbia", RULES, cases);
