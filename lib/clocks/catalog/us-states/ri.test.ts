import { RULES } from "@/lib/clocks/catalog/us-states/ri";
import {
  AS_PROCESSOR, combine, describeStateRules, ENCRYPTED_KEY_SAFE, inJurisdiction, inSectors, KEY_UNKNOWN, riskLevel, sent, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// R.I. Gen. Laws §§11-49.3-4, 27-1-47, 19-14-36 (America/New_York).
const ri = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-RI", count, combine({
    moments: { breachDetermined: "2027-02-20T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-08-06T10:00:00-04:00" },
  }, ...patches));
const LETTERS = sent("US-RI-11-49.3-4-IND", "2027-03-15T09:00:00-04:00");
const DOMESTIC_INSURER = inSectors({ sector: "insurance", jurisdiction: "US-RI", home: true });
const LENDER = inSectors({ sector: "consumerLender", jurisdiction: "US-RI" });

const cases: TStateCase[] = [
  { ruleId: "US-RI-11-49.3-4-IND", kind: ["applies", "due"], name: "IND: 45 days from confirmation (breachDetermined), 20 Feb EST to 6 Apr EDT", facts: ri(10),
    expect: { applies: "yes", due: "2027-04-06T23:59:59-04:00", verification: "V" } },
  { ruleId: "US-RI-11-49.3-4-IND", kind: "applies", name: "IND applies to a processor too (anyone who stores or maintains the data)", facts: ri(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-RI-11-49.3-4-IND", kind: "applies", name: "IND applies to access without acquisition", facts: ri(10, { incident: { compromise: ["access"] } }), expect: { applies: "yes" } },
  { ruleId: "US-RI-11-49.3-4-IND", kind: "no", name: "IND does not apply: no significant risk of identity theft", facts: ri(10, riskLevel("none")), expect: { applies: "no" } },
  { ruleId: "US-RI-11-49.3-4-IND", kind: "no", name: "IND does not apply: 128-bit encryption, key safe", facts: ri(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-RI-11-49.3-4-IND", kind: "applies", name: "IND applies while the risk is not assessed (notice is the default)", facts: ri(10, riskLevel("unknown")), expect: { applies: "yes" } },
  { ruleId: "US-RI-11-49.3-4-IND", kind: ["undetermined", "due"], name: "IND undetermined: key compromise not known", facts: ri(10, KEY_UNKNOWN),
    expect: { applies: "undetermined", due: "2027-04-06T23:59:59-04:00" } },
  { ruleId: "US-RI-11-49.3-4-AG", kind: "no", name: "AG does not apply above the threshold (501) when the data were encrypted and the key not taken", facts: ri(501, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-RI-11-49.3-4-AG", kind: ["threshold", "applies", "due"], name: "AG: more than 500 (501), no later than the resident notice", facts: ri(501, LETTERS),
    expect: { applies: "yes", due: "2027-03-15T09:00:00-04:00" } },
  { ruleId: "US-RI-11-49.3-4-AG", kind: "threshold", name: "AG: 500 is not more than 500", facts: ri(500, LETTERS), expect: { applies: "no", reason: "500 is not more than 500" } },
  { ruleId: "US-RI-11-49.3-4-AG", kind: ["undetermined", "due"], name: "AG undetermined: count not known", facts: ri(null), expect: { applies: "undetermined", dueKind: "awaiting_trigger" } },
  { ruleId: "US-RI-11-49.3-4-CRA", kind: "no", name: "CRA does not apply above the threshold (501) when the data were encrypted and the key not taken", facts: ri(501, ENCRYPTED_KEY_SAFE),
    expect: { applies: "no" } },
  { ruleId: "US-RI-11-49.3-4-CRA", kind: ["threshold", "applies", "due"], name: "CRA: more than 500 (501), no later than the resident notice", facts: ri(501, LETTERS),
    expect: { applies: "yes", due: "2027-03-15T09:00:00-04:00" } },
  { ruleId: "US-RI-11-49.3-4-CRA", kind: "threshold", name: "CRA: 500 is not more than 500", facts: ri(500), expect: { applies: "no" } },
  { ruleId: "US-RI-11-49.3-4-CRA", kind: "undetermined", name: "CRA undetermined: count not known", facts: ri(null), expect: { applies: "undetermined" } },
  { ruleId: "US-RI-27-1-47-INS", kind: ["applies", "due"], name: "INS: 3 RI business days; Fri 6 Aug, Victory Day (Mon 9 Aug) skipped: due Thu 12 Aug", facts: ri(1, DOMESTIC_INSURER),
    expect: { applies: "yes", due: "2027-08-12T23:59:59-04:00" } },
  { ruleId: "US-RI-27-1-47-INS", kind: "no", name: "INS does not apply to a foreign insurer, however many RI consumers", 
    facts: ri(5000, inSectors({ sector: "insurance", jurisdiction: "US-RI", home: false })), expect: { applies: "no" } },
  { ruleId: "US-RI-27-1-47-INS", kind: "undetermined", name: "INS undetermined: key compromise not known", facts: ri(1, DOMESTIC_INSURER, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-RI-19-14-36-DBR", kind: ["applies", "due"], name: "DBR: 3 RI business days across the spring DST change (Fri 12 Mar EST to Wed 17 Mar EDT)", 
    facts: ri(1, LENDER, { moments: { cybersecurityIncidentDetermined: "2027-03-12T10:00:00-05:00" } }), expect: { applies: "yes", due: "2027-03-17T23:59:59-04:00" } },
  { ruleId: "US-RI-19-14-36-DBR", kind: "applies", name: "DBR applies to a currency transmitter licensee too", facts: ri(1, inSectors({ sector: "moneyTransmitter", jurisdiction: "US-RI" })),
    expect: { applies: "yes" } },
  { ruleId: "US-RI-19-14-36-DBR", kind: "no", name: "DBR does not apply to an organisation with no ch. 19-14 licence", facts: ri(1),
    expect: { applies: "no" } },
  { ruleId: "US-RI-19-14-36-DBR", kind: "undetermined", name: "DBR undetermined: key compromise not known", facts: ri(1, LENDER, KEY_UNKNOWN), expect: { applies: "undetermined" } },
];

describeStateRules("Rhode Island", RULES, cases);
