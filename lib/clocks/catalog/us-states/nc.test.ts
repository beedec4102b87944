import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/nc";
import {
  AS_PROCESSOR, categories, combine, describeStateRules, inJurisdiction, inSectors, KEY_UNKNOWN, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// N.C. Gen. Stat. §75-65 (America/New_York). Resident, AG, CRA and vendor notices have no day count.
const nc = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-NC", count, combine({ moments: { discovered: "2027-09-03T10:00:00-04:00", aware: "2027-03-12T10:00:00-05:00" } }, ...patches));
const LETTERS = sent("US-NC-75-65-IND", "2027-09-20T14:00:00Z");
const MORTGAGE = inSectors({ sector: "mortgageLicensee", jurisdiction: "US-NC" });
const WAGERING = inSectors({ sector: "sportsWagering", jurisdiction: "US-NC" });

const cases: TStateCase[] = [
  { ruleId: "US-NC-75-65-IND", kind: ["applies", "due"], name: "IND applies: no day count", facts: nc(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", due: null, timeZone: "America/New_York", verification: "V" } },
  { ruleId: "US-NC-75-65-IND", kind: "applies", name: "IND applies to a name with a bank account number alone (no access code needed)", facts: nc(10, categories("name", "financial_account")),
    expect: { applies: "yes" } },
  { ruleId: "US-NC-75-65-IND", kind: "no", name: "IND does not apply: no illegal use and no material risk of harm", facts: nc(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-NC-75-65-IND", kind: "undetermined", name: "IND undetermined: the harm element of the definition is not assessed", facts: nc(10, riskLevel("unknown")),
    expect: { applies: "undetermined", reason: expect.stringContaining("/incident/riskLevel") } },
  { ruleId: "US-NC-75-65-AG", kind: ["applies", "due"], name: "AG: any notice, due at the instant the resident letters went out (shown in New York time)", facts: nc(1, LETTERS),
    expect: { applies: "yes", dueKind: "fixed", due: "2027-09-20T10:00:00-04:00", trigger: { moment: "notice", ruleId: "US-NC-75-65-IND" } } },
  { ruleId: "US-NC-75-65-AG", kind: ["applies", "due"], name: "AG awaits the resident notice", facts: nc(1), expect: { applies: "yes", dueKind: "awaiting_trigger", status: "awaiting_trigger" } },
  { ruleId: "US-NC-75-65-AG", kind: "no", name: "AG does not apply without North Carolina personal information", facts: nc(10, categories("name", "contact_details")), expect: { applies: "no" } },
  { ruleId: "US-NC-75-65-AG", kind: "undetermined", name: "AG undetermined: key compromise not known", facts: nc(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ...thresholdCases("US-NC-75-65-CRA", ">", 1000, nc, LETTERS, { name: "CRA: more than 1,000 persons (1,001)", expect: { verification: "S" } }),
  { ruleId: "US-NC-75-65-VND", kind: ["applies", "due"], name: "VND: the maintainer notifies the owner immediately (no day count)", facts: nc(10, AS_PROCESSOR),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", due: null } },
  { ruleId: "US-NC-75-65-VND", kind: "no", name: "VND does not apply to the owner", facts: nc(10), expect: { applies: "no" } },
  { ruleId: "US-NC-75-65-VND", kind: "undetermined", name: "VND undetermined: harm element not assessed", facts: nc(10, AS_PROCESSOR, riskLevel("unknown")), expect: { applies: "undetermined" } },
  { ruleId: "US-NC-04NCAC03M.0402-COB", kind: ["applies", "due"], name: "COB: one NC business day from discovery; Friday 3 Sep, Labor Day skipped, due Tuesday 7 Sep", facts: nc(1, MORTGAGE),
    expect: { applies: "yes", dueKind: "fixed", due: "2027-09-07T23:59:59-04:00", verification: "V" } },
  { ruleId: "US-NC-04NCAC03M.0402-COB", kind: "due", name: "COB: discovered Wed 25 Nov 2026: Thanksgiving is a G.S. 103-4 holiday, the Friday after is not: due Fri 27 Nov", 
    facts: nc(1, MORTGAGE, { moments: { discovered: "2026-11-25T10:00:00-05:00" } }),
    expect: { due: "2026-11-27T23:59:59-05:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("N.C. Gen. Stat. §103-4") }]) } },
  { ruleId: "US-NC-04NCAC03M.0402-COB", kind: "due", name: "COB: discovered Thu 10 Sep 2026: Fri 11 Sep is First Responders Day (G.S. 103-4(a)(10a)): due Mon 14 Sep", 
    facts: nc(1, MORTGAGE, { moments: { discovered: "2026-09-10T10:00:00-04:00" } }), expect: { due: "2026-09-14T23:59:59-04:00" } },
  { ruleId: "US-NC-04NCAC03M.0402-COB", kind: "applies", name: "COB: the maintainer of a licensee's data also sends the copy (no role gate)", facts: nc(1, MORTGAGE, AS_PROCESSOR),
    expect: { applies: "yes" } },
  { ruleId: "US-NC-04NCAC03M.0402-COB", kind: "no", name: "COB does not apply to an organisation that is no NC mortgage licensee", facts: nc(1),
    expect: { applies: "no", reason: expect.stringContaining("mortgage licensee") } },
  { ruleId: "US-NC-04NCAC03M.0402-COB", kind: "no", name: "COB does not apply to a mortgage licensee of another state", facts: nc(1, inSectors({ sector: "mortgageLicensee", jurisdiction: "US-SC" })),
    expect: { applies: "no" } },
  { ruleId: "US-NC-04NCAC03M.0402-COB", kind: ["undetermined", "due"], name: "COB undetermined: harm not assessed, due still shown", facts: nc(1, MORTGAGE, riskLevel("unknown")),
    expect: { applies: "undetermined", due: "2027-09-07T23:59:59-04:00" } },
  { ruleId: "US-NC-24NCAC06A.0409-SW", kind: ["applies", "due"], name: "SW: 72 elapsed hours from awareness, across the spring DST change (10:00 EST + 72 h = 11:00 EDT)", facts: nc(0, WAGERING),
    expect: { applies: "yes", due: "2027-03-15T11:00:00-04:00" } },
  { ruleId: "US-NC-24NCAC06A.0409-SW", kind: "no", name: "SW does not apply to an organisation that is no NC sports-wagering operator", facts: nc(10), expect: { applies: "no" } },
  { ruleId: "US-NC-24NCAC06A.0409-SW", kind: ["applies", "undetermined"], name: "SW: unknown personal-data facts leave it applying (any cyber incident counts)", 
    facts: nc(null, WAGERING, { incident: { personalData: "unknown" } }), expect: { applies: "yes" } },
];

describeStateRules("North Carolina", RULES, cases);
