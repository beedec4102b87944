import { RULES } from "@/lib/clocks/catalog/us-states/wi";
import {
  categories, combine, describeStateRules, inJurisdiction, KEY_UNKNOWN, maintainerNoticeCases, naicInsuranceCases, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Wis. Stat. §§134.98, 601.954 (America/Chicago): 20 Feb (CST) + 45 days = 6 Apr (CDT).
const wi = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-WI", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-06:00", cybersecurityIncidentDetermined: "2027-09-02T10:00:00-05:00" },
  }, ...patches));
const DUE = "2027-04-06T23:59:59-05:00";

const cases: TStateCase[] = [
  { ruleId: "US-WI-134.98-IND", kind: ["applies", "due"], name: "IND: 45 days from learning of the acquisition, across the DST change", facts: wi(10),
    expect: { applies: "yes", due: DUE, timeZone: "America/Chicago", verification: "S" } },
  { ruleId: "US-WI-134.98-IND", kind: "applies", name: "IND applies to a name with a card number alone, or with an access code alone", facts: wi(10, categories("name", "financial_access_code")),
    expect: { applies: "yes" } },
  { ruleId: "US-WI-134.98-IND", kind: "no", name: "IND does not apply: no material risk of identity theft or fraud", facts: wi(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-WI-134.98-IND", kind: "applies", name: "IND applies while the risk is not assessed (notice is the default)", facts: wi(10, riskLevel("unknown")), expect: { applies: "yes" } },
  { ruleId: "US-WI-134.98-IND", kind: ["undetermined", "due"], name: "IND undetermined: key compromise not known", facts: wi(10, KEY_UNKNOWN), expect: { applies: "undetermined", due: DUE } },
  ...thresholdCases("US-WI-134.98-CRA", ">=", 1000, wi, sent("US-WI-134.98-IND", "2027-03-10T10:00:00-06:00"), { name: "CRA: 1,000 individuals reach the threshold (1,000 or more used)" }),
  ...maintainerNoticeCases("US-WI-134.98-VND", wi, { name: "VND: the person storing the data notifies the owner" }),
  ...naicInsuranceCases("US-WI-601.954-INS", wi, "WI", { name: "INS: 3 WI business days; Thu 2 Sep, Labor Day skipped: due Wed 8 Sep", expect: { due: "2027-09-08T23:59:59-05:00", verification: "V" } }, { due: "2027-09-08T23:59:59-05:00" }),
];

describeStateRules("Wisconsin", RULES, cases);
