import {
  ACQUIRED, after, at, businessDays, count, ENC, hours, NONE, NYC, PD, pi, PROCESSOR, RESIDENTS, sector, stateResidentGates, V1,
} from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { ILLEGAL_USE_OR_MATERIAL_RISK } from "@/lib/clocks/catalog/state-harm";

/** North Carolina: rows of the jurisdiction reference for US states (Identity Theft Protection Act). */

export const RULE_IDS = [
  "US-NC-75-65-IND", "US-NC-75-65-AG", "US-NC-75-65-CRA", "US-NC-75-65-VND", "US-NC-04NCAC03M.0402-COB",
  "US-NC-24NCAC06A.0409-SW",
] as const;

/**
 * G.S. 75-61(10) via 14-113.20(b): name with SSN or employer taxpayer ID, driver's licence, state ID or passport,
 * checking, savings or card number (no code needed), PIN, biometric data, digital signature or other information
 * giving access to financial resources (`other`). E-mail, passwords and online account names count only where they
 * give access to financial resources, so online credentials do not count alone.
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "financial_access_code", "biometric", "other"], accountAlone: true, alone: [],
} as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-NC-75-65-IND", version: V1, recipient: "Affected North Carolina residents", region: "US-NC", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, ILLEGAL_USE_OR_MATERIAL_RISK]), citation: "N.C. Gen. Stat. §75-65(a), (c)", verification: "V", lawEnforcementDelay: true },
  { id: "US-NC-75-65-AG", version: V1, recipient: "Consumer Protection Division, North Carolina Attorney General's Office", region: "US-NC",
    trigger: after("US-NC-75-65-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, ILLEGAL_USE_OR_MATERIAL_RISK]), citation: "N.C. Gen. Stat. §75-65(e1)", verification: "V", lawEnforcementDelay: true,
    notes: ["Without unreasonable delay, no day count: due with the resident notice (the DOJ form needs a copy of the letter)"] },
  { id: "US-NC-75-65-CRA", version: V1, recipient: "All nationwide consumer reporting agencies", region: "US-NC", trigger: after("US-NC-75-65-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, ILLEGAL_USE_OR_MATERIAL_RISK, count(">", 1000)]), citation: "N.C. Gen. Stat. §75-65(f)", verification: "S" },
  { id: "US-NC-75-65-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-NC", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, ILLEGAL_USE_OR_MATERIAL_RISK], PROCESSOR), citation: "N.C. Gen. Stat. §75-65(b)", verification: "V", lawEnforcementDelay: true },
  // Any breach needing notice under G.S. 75-65, whoever gives it (owner or maintainer): no role gate.
  { id: "US-NC-04NCAC03M.0402-COB", version: V1, recipient: "North Carolina Commissioner of Banks", region: "US-NC", trigger: at("discovered"),
    deadline: businessDays(1, "US-NC"), zone: NYC,
    gates: [sector("mortgageLicensee", "a North Carolina mortgage licensee or mortgage-origination-support registrant (G.S. ch. 53 art. 19B)"), PD, RESIDENTS, pi(PI), ENC, ACQUIRED, ILLEGAL_USE_OR_MATERIAL_RISK],
    citation: "04 NCAC 03M .0402", verification: "V",
    notes: [
      "'Upon discovery ... within one business day' read literally: one business day from discovery (it could also be read as one business day from the G.S. 75-65 notice)",
      "Business days: North Carolina holidays as date-holidays lists them (state-employee holidays); G.S. 103-4 lists a different set of legal public holidays",
    ] },
  { id: "US-NC-24NCAC06A.0409-SW", version: V1, recipient: "Director under the NC sports-wagering rules (NC State Lottery Commission)", region: "US-NC",
    trigger: at("aware"), deadline: hours(72), zone: NYC,
    gates: [sector("sportsWagering", "a licensed North Carolina sports-wagering operator")], citation: "24 NCAC 06A .0409(a)(1)", verification: "V",
    notes: ["Any cyber incident to the operator's information system causing a material loss of control, compromise or unauthorised disclosure of data; personal data not required"] },
];
