import { ACQUIRED, at, days, PROCESSOR, V1, count, stateResidentGates, zone } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";

/** New Mexico: rows of the jurisdiction reference for US states (Data Breach Notification Act). */

export const RULE_IDS = [
  "US-NM-57-12C-6-IND", "US-NM-57-12C-10-AG", "US-NM-57-12C-10-CRA", "US-NM-57-12C-6-VND",
] as const;

/** N.M. Stat. §57-12C-2: name with SSN, driver's licence or government ID number, biometric data, or account + code. */
export const PI = {
  withName: ["national_id_number", "government_id_document", "biometric"], accountAlone: false, alone: [],
} as const satisfies TStatePi;

const DENVER = zone("America/Denver");

/** §57-12C-6(C): no notice when, after an appropriate investigation, no significant risk arises: notice is the default. */
const SIGNIFICANT_RISK: TGate = { kind: "harm", need: "risk", onUnknown: "applies", label: "significant risk of identity theft or fraud" };

const GLBA_HIPAA_NOTE =
  "N.M. Stat. §57-12C-8: the Act does not apply to persons subject to GLBA or HIPAA (secondary sources); not applied by the engine";

export const RULES: readonly TRule[] = [
  { id: "US-NM-57-12C-6-IND", version: V1, recipient: "Affected New Mexico residents", region: "US-NM", trigger: at("discovered"), deadline: days(45), zone: DENVER,
    gates: stateResidentGates(PI, [ACQUIRED, SIGNIFICANT_RISK]), citation: "N.M. Stat. §57-12C-6, -7, -9", verification: "S", lawEnforcementDelay: true,
    notes: [GLBA_HIPAA_NOTE] },
  { id: "US-NM-57-12C-10-AG", version: V1, recipient: "New Mexico Attorney General", region: "US-NM", trigger: at("discovered"), deadline: days(45), zone: DENVER,
    gates: stateResidentGates(PI, [ACQUIRED, SIGNIFICANT_RISK, count(">", 1000)]), citation: "N.M. Stat. §57-12C-10", verification: "V", lawEnforcementDelay: true,
    notes: [GLBA_HIPAA_NOTE] },
  { id: "US-NM-57-12C-10-CRA", version: V1, recipient: "Major nationwide consumer reporting agencies", region: "US-NM", trigger: at("discovered"), deadline: days(45), zone: DENVER,
    gates: stateResidentGates(PI, [ACQUIRED, SIGNIFICANT_RISK, count(">", 1000)]), citation: "N.M. Stat. §57-12C-10", verification: "V", lawEnforcementDelay: true,
    notes: [GLBA_HIPAA_NOTE] },
  { id: "US-NM-57-12C-6-VND", version: V1, recipient: "Owner or licensee (notified by the service provider)", region: "US-NM", trigger: at("discovered"), deadline: days(45), zone: DENVER,
    gates: stateResidentGates(PI, [ACQUIRED, SIGNIFICANT_RISK], PROCESSOR), citation: "N.M. Stat. §57-12C-6", verification: "S", lawEnforcementDelay: true,
    uncertain: "Clock start: discovery in most sources, 'following determination' in one (Mintz); the earlier start, discovery, is used" },
];
