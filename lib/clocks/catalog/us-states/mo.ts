import { ACQUIRED, after, at, count, NONE, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmUnlessNoHarmFinding, maintainerGates, naicInsuranceGates, ownerGates, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Missouri (Mo. Rev. Stat. §407.1500; Insurance Data Security Act §§375.1400-375.1427, in force 1 Jan 2026). */

export const RULE_IDS = [
  "US-MO-407.1500-IND", "US-MO-407.1500-AG", "US-MO-407.1500-CRA", "US-MO-407.1500-VND", "US-MO-375.1410-INS",
] as const;

/** §407.1500.1(9): medical and health-insurance information count; computerized data only. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "health"],
  accountAlone: false,
  alone: [],
};

const CHICAGO = zone("America/Chicago");
const FRAUD = harmUnlessNoHarmFinding("reasonable likelihood of identity theft or other fraud (written determination kept 5 years)");

export const RULES = stateRows("MO", [
  { id: "US-MO-407.1500-IND", recipient: "Affected Missouri consumers", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, FRAUD]), citation: "Mo. Rev. Stat. §407.1500.2", verification: "S", lawEnforcementDelay: true },
  { id: "US-MO-407.1500-AG", recipient: "Missouri Attorney General's office", trigger: after("US-MO-407.1500-IND"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, FRAUD, count(">", 1000)]), citation: "Mo. Rev. Stat. §407.1500.2(8)", verification: "S" },
  { id: "US-MO-407.1500-CRA", recipient: "All nationwide consumer reporting agencies", trigger: after("US-MO-407.1500-IND"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, FRAUD, count(">", 1000)]), citation: "Mo. Rev. Stat. §407.1500.2", verification: "S" },
  { id: "US-MO-407.1500-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "Mo. Rev. Stat. §407.1500.2", verification: "S", lawEnforcementDelay: true },
  // V3: business days on Mo. Rev. Stat. §9.010 (date-holidays counted Juneteenth and Friday substitutes).
  { id: "US-MO-375.1410-INS", version: V3, recipient: "Director, Department of Commerce and Insurance", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(4, "MO"), zone: CHICAGO,
    gates: naicInsuranceGates("Missouri"), citation: "Mo. Rev. Stat. §375.1410 (H.B. 974 of 2025)", verification: "V",
    uncertain: "In force 1 Jan 2026: not owed for events determined earlier", notes: [stateCalendarNote("Missouri")] },
]);
