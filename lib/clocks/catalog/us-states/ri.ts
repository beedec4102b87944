import { ACCESSED, after, anyOf, at, businessDays, count, days, ENC, NYC, PD, pi, RESIDENTS, sector, V1 } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";

/**
 * Rhode Island: rows of the jurisdiction reference for US states (Identity Theft Protection Act of
 * 2015). No vendor row: §11-49.3-4(a)(1) binds anyone who stores, owns, collects, processes, maintains, acquires,
 * uses or licenses the data, so a processor notifies residents itself (the resident rows carry no role gate).
 */

export const RULE_IDS = [
  "US-RI-11-49.3-4-IND", "US-RI-11-49.3-4-AG", "US-RI-11-49.3-4-CRA", "US-RI-27-1-47-INS", "US-RI-19-14-36-DBR",
] as const;

/**
 * §11-49.3-3: name with SSN, driver's licence, RI or tribal ID, account + code or PIN, medical or health-insurance
 * information, or an e-mail address with the code or password to a personal, medical, insurance or financial account.
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "health", "online_credentials"], accountAlone: false, alone: [],
} as const satisfies TStatePi;

/** §11-49.3-4(a)(1): no notice when, after investigation or consultation with law enforcement, no significant risk. */
const SIGNIFICANT_RISK: TGate = { kind: "harm", need: "risk", onUnknown: "applies", label: "significant risk of identity theft" };

const RESIDENT_GATES: TGate[] = [PD, RESIDENTS, pi(PI), { kind: "encryption", label: "encryption of 128 bits or more" }, ACCESSED, SIGNIFICANT_RISK];

const STILL_NEEDS_NOTICE_OR_HARM =
  "Also needs a notice duty to a government or supervisory body, or a reasonable likelihood of material harm; the engine cannot know the first and treats it as met (counsel to confirm)";

export const RULES: readonly TRule[] = [
  { id: "US-RI-11-49.3-4-IND", version: V1, recipient: "Affected Rhode Island residents", region: "US-RI", trigger: at("breachDetermined"), deadline: days(45), zone: NYC,
    gates: RESIDENT_GATES, citation: "R.I. Gen. Laws §11-49.3-4(a)", verification: "V", lawEnforcementDelay: true,
    notes: ["Clock start 'confirmation of the breach and the ability to ascertain the information required' is read as breachDetermined", "State and municipal agencies: 30 days (not modelled)"] },
  { id: "US-RI-11-49.3-4-AG", version: V1, recipient: "Rhode Island Attorney General", region: "US-RI", trigger: after("US-RI-11-49.3-4-IND"), deadline: { kind: "sameAsUpstream" },
    zone: NYC, gates: [...RESIDENT_GATES, count(">", 500)], citation: "R.I. Gen. Laws §11-49.3-4(a)(2)", verification: "V",
    notes: ["Without delaying the resident notice: due no later than it"] },
  { id: "US-RI-11-49.3-4-CRA", version: V1, recipient: "Major credit reporting agencies", region: "US-RI", trigger: after("US-RI-11-49.3-4-IND"), deadline: { kind: "sameAsUpstream" },
    zone: NYC, gates: [...RESIDENT_GATES, count(">", 500)], citation: "R.I. Gen. Laws §11-49.3-4(a)(2)", verification: "V",
    notes: ["Without delaying the resident notice: due no later than it"] },
  { id: "US-RI-27-1-47-INS", version: V1, recipient: "Rhode Island Insurance Commissioner (electronic)", region: "US-RI", trigger: at("cybersecurityIncidentDetermined"),
    deadline: businessDays(3, "US-RI"), zone: NYC,
    gates: [sector("insurance", "a Rhode Island domestic insurer", true), ENC], citation: "R.I. Gen. Laws §27-1-47", verification: "V",
    notes: [STILL_NEEDS_NOTICE_OR_HARM, "Domestic insurers only; in force 1 Jan 2025", "A Division bulletin is summarised as requiring formal notice only when more than 50 insureds are harmed (unverified)"] },
  { id: "US-RI-19-14-36-DBR", version: V1, recipient: "Director, Department of Business Regulation (Division of Banking)", region: "US-RI",
    trigger: at("cybersecurityIncidentDetermined"), deadline: businessDays(3, "US-RI"), zone: NYC,
    gates: [
      anyOf("licensee under R.I. Gen. Laws ch. 19-14",
        [sector("consumerLender", "a Rhode Island lender or loan broker licensee")], [sector("mortgageLicensee", "a Rhode Island mortgage lender or broker licensee")],
        [sector("moneyTransmitter", "a Rhode Island currency transmitter licensee")], [sector("nonbankFinancial", "another Rhode Island ch. 19-14 licensee (e.g. a check casher)")]),
      ENC,
    ],
    citation: "R.I. Gen. Laws §19-14-36", verification: "V",
    uncertain: "Effective date and the exact set of ch. 19-14 licensees not verified; lenders, loan brokers, check cashers and currency transmitters are assumed",
    notes: [STILL_NEEDS_NOTICE_OR_HARM] },
];
