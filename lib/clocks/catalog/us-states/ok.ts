import { ACQUIRED, after, at, businessDays, count, days, NONE, PROCESSOR, stateResidentGates, V1, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { FRAUD_IN_DEFINITION } from "@/lib/clocks/catalog/state-harm";
import { NAIC_GOVERNMENT_NOTICE_NOTE, naicInsuranceGates } from "@/lib/clocks/catalog/naic-insurance";

/**
 * Oklahoma: rows of the jurisdiction reference for US states, Security Breach Notification Act as
 * amended by SB 626 (2025, breaches on or after 1 Jan 2026). No consumer-reporting-agency row: SB 626 adds none (its
 * 1,000 figure is the Attorney General threshold for credit bureaus).
 */

export const RULE_IDS = [
  "US-OK-24-163-IND", "US-OK-24-163-AG", "US-OK-24-163-VND", "US-OK-36-675-INS",
] as const;

/**
 * 24 O.S. §162 (SB 626): name with SSN, driver's licence, state ID or other government-issued unique ID number,
 * account or card number with its code (or expiry date), electronic identifier or routing code with its code, or
 * unique biometric data. The broader 2026 definition is read for earlier breaches too.
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "biometric"], accountAlone: false, alone: [],
} as const satisfies TStatePi;

const OKC = zone("America/Chicago");

export const RULES: readonly TRule[] = [
  { id: "US-OK-24-163-IND", version: V1, recipient: "Affected Oklahoma residents", region: "US-OK", trigger: at("discovered"), deadline: NONE, zone: OKC,
    gates: stateResidentGates(PI, [ACQUIRED, FRAUD_IN_DEFINITION]), citation: "24 O.S. §§162-163 (as amended by SB 626, 2025)", verification: "S", lawEnforcementDelay: true },
  { id: "US-OK-24-163-AG", version: V1, recipient: "Oklahoma Attorney General", region: "US-OK", trigger: after("US-OK-24-163-IND"), deadline: days(60), zone: OKC,
    gates: stateResidentGates(PI, [ACQUIRED, FRAUD_IN_DEFINITION, count(">=", 500)]), citation: "24 O.S. §163 (as amended by SB 626, 2025)", verification: "S",
    notes: [
      "For breaches discovered, determined or notified on or after 1 Jan 2026",
      "A credit bureau's threshold is 1,000 or more residents; the row uses 500 for every organisation",
      "HIPAA-, GLBA- and Hospital Cybersecurity Protection Act-compliant entities are deemed compliant only if they notify the Attorney General",
    ] },
  { id: "US-OK-24-163-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-OK", trigger: at("discovered"), deadline: NONE, zone: OKC,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "24 O.S. §163(B)", verification: "S",
    notes: ["One association summary of SB 626 says the maintainer must also notify the Attorney General; law-firm summaries do not"] },
  // V3: business days on 25 O.S. §82.1 (date-holidays counted Juneteenth and Columbus Day, and lacked the Thursday
  // before a Saturday Christmas and Fri 10 Nov 2028).
  { id: "US-OK-36-675-INS", version: V3, recipient: "Oklahoma Insurance Commissioner", region: "US-OK", trigger: at("cybersecurityIncidentDetermined"),
    deadline: businessDays(3, "US-OK"), zone: OKC, gates: naicInsuranceGates("Oklahoma"), citation: "36 O.S. §675", verification: "V",
    notes: [NAIC_GOVERNMENT_NOTICE_NOTE, "In force 1 Jul 2024; exempt (not checked): licensees under $5 million gross annual revenue, PBMs, bail bondsmen, captives"] },
];
