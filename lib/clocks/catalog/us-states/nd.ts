import { ACQUIRED, at, count, days, ENC, hours, NONE, PD, PROCESSOR, sector, stateResidentGates, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { NAIC_GOVERNMENT_NOTICE_NOTE, naicInsuranceGates } from "@/lib/clocks/catalog/naic-insurance";

/**
 * North Dakota: rows of the jurisdiction reference for US states. No consumer-reporting-agency row:
 * N.D. Cent. Code §51-30-02 (read) names only residents and the Attorney General.
 */

export const RULE_IDS = [
  "US-ND-51-30-02-IND", "US-ND-51-30-02-AG", "US-ND-51-30-03-VND", "US-ND-26.1-02.2-05-INS", "US-ND-13-01.2-DFI",
] as const;

/**
 * §51-30-01(2): name with SSN, operator's licence or non-driver ID, account + code, date of birth, mother's maiden
 * name or electronic signature (`other`), medical or health-insurance information, or employer-assigned ID number.
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "other", "health", "employment"], accountAlone: false, alone: [],
} as const satisfies TStatePi;

const BISMARCK = zone("America/Chicago");

export const RULES: readonly TRule[] = [
  { id: "US-ND-51-30-02-IND", version: V1, recipient: "Affected North Dakota residents", region: "US-ND", trigger: at("discovered"), deadline: NONE, zone: BISMARCK,
    gates: stateResidentGates(PI, [ACQUIRED]), citation: "N.D. Cent. Code §51-30-02", verification: "V", lawEnforcementDelay: true },
  { id: "US-ND-51-30-02-AG", version: V1, recipient: "North Dakota Attorney General (by mail or e-mail)", region: "US-ND", trigger: at("discovered"), deadline: NONE, zone: BISMARCK,
    gates: stateResidentGates(PI, [ACQUIRED, count(">", 250, "all")]), citation: "N.D. Cent. Code §51-30-02", verification: "V", lawEnforcementDelay: true,
    notes: ["'Exceeds two hundred fifty individuals', not residents: every affected individual is counted (the reading that notifies in more cases; counsel to confirm)"] },
  { id: "US-ND-51-30-03-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-ND", trigger: at("discovered"), deadline: NONE, zone: BISMARCK,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "N.D. Cent. Code §51-30-03", verification: "V" },
  { id: "US-ND-26.1-02.2-05-INS", version: V1, recipient: "North Dakota Insurance Commissioner", region: "US-ND", trigger: at("cybersecurityIncidentDetermined"),
    deadline: hours(72), zone: BISMARCK, gates: naicInsuranceGates("North Dakota"), citation: "N.D. Cent. Code §26.1-02.2-05", verification: "U",
    uncertain: "The 2021 text gives 3 business days; SB 2088 (2025) may have replaced them with 72 hours (a committee version shows both, the enrolled text was not found). The shorter 72 hours runs until counsel confirms",
    notes: [NAIC_GOVERNMENT_NOTICE_NOTE] },
  { id: "US-ND-13-01.2-DFI", version: V1, recipient: "Commissioner, North Dakota Department of Financial Institutions", region: "US-ND", trigger: at("discovered"),
    deadline: days(45), zone: BISMARCK,
    gates: [sector("nonbankFinancial", "a financial corporation regulated by the North Dakota Department of Financial Institutions"), PD, ENC, ACQUIRED, count(">=", 500, "all")],
    citation: "N.D. Cent. Code ch. 13-01.2 (HB 1127, 2025)", verification: "S",
    notes: [
      "In force 1 Aug 2025; banks and credit unions are not financial corporations",
      "'At least 500 customers': every affected customer counts, wherever they live",
      "Discovered when known to any employee, officer or agent",
    ] },
];
