import { ACQUIRED, after, at, count, hours, NONE, NYC, PROCESSOR, stateResidentGates, V1 } from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { ILLEGAL_USE_OR_MATERIAL_RISK } from "@/lib/clocks/catalog/state-harm";
import { NAIC_GOVERNMENT_NOTICE_NOTE, naicInsuranceGates } from "@/lib/clocks/catalog/naic-insurance";

/** South Carolina: rows of the jurisdiction reference for US states (S.C. Code §39-1-90). */

export const RULE_IDS = [
  "US-SC-39-1-90-IND", "US-SC-39-1-90-DCA", "US-SC-39-1-90-CRA", "US-SC-39-1-90-VND", "US-SC-38-99-40-INS",
] as const;

/**
 * §39-1-90(D)(3): name with SSN, driver's licence or state ID, account + code, other numbers or information giving
 * access to financial accounts (`financial_access_code`), or a number issued by a government or regulator that
 * uniquely identifies the person.
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "financial_access_code"], accountAlone: false, alone: [],
} as const satisfies TStatePi;

const THOUSAND_COMPARATOR =
  "Statute (per secondaries): notice to 'more than 1,000 persons at one time'; the Department of Consumer Affairs' page says '1,000 or more' South Carolina residents. 1,000 or more (notifies in more cases) is used";

export const RULES: readonly TRule[] = [
  { id: "US-SC-39-1-90-IND", version: V1, recipient: "Affected South Carolina residents", region: "US-SC", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, ILLEGAL_USE_OR_MATERIAL_RISK]), citation: "S.C. Code §39-1-90(A), (C)", verification: "V", lawEnforcementDelay: true,
    notes: ["Banks and financial institutions subject to and complying with the federal GLBA guidance are excepted (not applied by the engine)"] },
  { id: "US-SC-39-1-90-DCA", version: V1, recipient: "Consumer Protection Division, SC Department of Consumer Affairs", region: "US-SC", trigger: after("US-SC-39-1-90-IND"),
    deadline: NONE, zone: NYC, gates: stateResidentGates(PI, [ACQUIRED, ILLEGAL_USE_OR_MATERIAL_RISK, count(">=", 1000)]), citation: "S.C. Code §39-1-90(K)", verification: "V",
    uncertain: THOUSAND_COMPARATOR },
  { id: "US-SC-39-1-90-CRA", version: V1, recipient: "All nationwide consumer reporting agencies", region: "US-SC", trigger: after("US-SC-39-1-90-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, ILLEGAL_USE_OR_MATERIAL_RISK, count(">=", 1000)]), citation: "S.C. Code §39-1-90(K)", verification: "S",
    notes: [THOUSAND_COMPARATOR] },
  { id: "US-SC-39-1-90-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-SC", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "S.C. Code §39-1-90(B)", verification: "V", lawEnforcementDelay: true },
  { id: "US-SC-38-99-40-INS", version: V1, recipient: "Director, SC Department of Insurance (online Cybersecurity Event form)", region: "US-SC",
    trigger: at("cybersecurityIncidentDetermined"), deadline: hours(72), zone: NYC, gates: naicInsuranceGates("South Carolina"), citation: "S.C. Code §38-99-40", verification: "V",
    notes: [NAIC_GOVERNMENT_NOTICE_NOTE, "Loss of paper-only information is not a cybersecurity event (Bulletin 2018-09)"] },
];
