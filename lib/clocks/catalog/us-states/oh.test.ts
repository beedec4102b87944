import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/oh";
import {
  categories, combine, describeStateRules, ENCRYPTED_KEY_SAFE, inJurisdiction, inSectors, maintainerNoticeCases, riskLevel, sent, thresholdCases, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Ohio Rev. Code §1349.19 and §3965.04 (America/New_York).
const oh = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-OH", count, combine({
    moments: { discovered: "2027-02-20T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-11-24T10:00:00-05:00" },
  }, ...patches));
const INSURER = (home: boolean) => inSectors({ sector: "insurance", jurisdiction: "US-OH", home });
const determined = (at: string) => ({ moments: { cybersecurityIncidentDetermined: at } });

const cases: TStateCase[] = [
  { ruleId: "US-OH-1349.19-IND", kind: ["applies", "due"], name: "IND: 45 days from discovery, 20 Feb (EST) to 6 Apr (EDT)", facts: oh(10),
    expect: { applies: "yes", due: "2027-04-06T23:59:59-04:00", timeZone: "America/New_York", verification: "S" } },
  { ruleId: "US-OH-1349.19-IND", kind: "no", name: "IND does not apply: no material risk of identity theft or fraud", facts: oh(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-OH-1349.19-IND", kind: "no", name: "IND does not apply: a name with a card number but no code is not Ohio personal information", 
    facts: oh(10, categories("name", "financial_account")), expect: { applies: "no" } },
  { ruleId: "US-OH-1349.19-IND", kind: ["undetermined", "due"], name: "IND undetermined: material risk not assessed (part of the breach definition)", facts: oh(10, riskLevel("unknown")),
    expect: { applies: "undetermined", due: "2027-04-06T23:59:59-04:00" } },
  ...thresholdCases("US-OH-1349.19-CRA", ">", 1000, oh, sent("US-OH-1349.19-IND", "2027-03-01T10:00:00-05:00"), { name: "CRA: more than 1,000 residents (1,001), after the resident notice, no day count" }),
  ...maintainerNoticeCases("US-OH-1349.19-VND", oh, { name: "VND: the custodian notifies the owner expeditiously (no day count)" }),
  { ruleId: "US-OH-3965.04-INS", kind: ["applies", "due"], name: "INS: 3 Ohio business days; Wed 24 Nov, Thanksgiving skipped, Fri 26 counts: due Tue 30 Nov", facts: oh(10, INSURER(true)),
    expect: { applies: "yes", due: "2027-11-30T23:59:59-05:00", verification: "V" } },
  { ruleId: "US-OH-3965.04-INS", kind: "due", name: "INS: 3 business days across the autumn DST change (Fri 5 Nov EDT to Wed 10 Nov EST)", 
    facts: oh(10, INSURER(true), determined("2027-11-05T10:00:00-04:00")), expect: { due: "2027-11-10T23:59:59-05:00" } },
  { ruleId: "US-OH-3965.04-INS", kind: ["threshold", "applies"], name: "INS: 250 Ohio consumers of a foreign insurer reach the threshold", facts: oh(250, INSURER(false)), expect: { applies: "yes" } },
  { ruleId: "US-OH-3965.04-INS", kind: "no", name: "INS: 249 do not", facts: oh(249, INSURER(false)), expect: { applies: "no" } },
  { ruleId: "US-OH-3965.04-INS", kind: "no", name: "INS does not apply: encrypted nonpublic information, key safe", facts: oh(5000, INSURER(true), ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-OH-3965.04-INS", kind: ["undetermined", "due"], name: "INS undetermined: domestic insurer, harm not assessed", facts: oh(10, INSURER(true), riskLevel("unknown")),
    expect: { applies: "undetermined", due: "2027-11-30T23:59:59-05:00" } },
  // §1.14 moves no Saturday holiday: date-holidays skipped Fri 3 Jul 2026 and gave Wed 8.
  { ruleId: "US-OH-3965.04-INS", kind: "due", name: "INS: Thu 2 Jul 2026: Fri 3 (4 July on a Saturday is not moved), Mon 6, Tue 7",
    facts: oh(10, INSURER(true), determined("2026-07-02T10:00:00-04:00")),
    expect: { due: "2026-07-07T23:59:59-04:00", info: expect.arrayContaining([{ kind: "note", text: expect.stringContaining("Ohio Rev. Code §1.14") }]) } },
];

describeStateRules("Ohio", RULES, cases);
