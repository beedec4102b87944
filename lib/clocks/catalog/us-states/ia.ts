import { ACQUIRED, after, at, count, NONE, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmUnlessNoHarmFinding, maintainerGates, naicInsuranceGates, ownerGates, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Iowa (Iowa Code ch. 715C; Insurance Data Security, ch. 507F). */

export const RULE_IDS = ["US-IA-715C.2-IND", "US-IA-715C.2-AG", "US-IA-715C.2-VND", "US-IA-507F.7-INS"] as const;

/** §715C.1(11): biometric data count; paper counts when it was transferred from computerized form. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "biometric"],
  accountAlone: false,
  alone: [],
};

const CHICAGO = zone("America/Chicago");
const FINANCIAL_HARM = harmUnlessNoHarmFinding("reasonable likelihood of financial harm (written no-harm determination kept 5 years)");

export const RULES = stateRows("IA", [
  { id: "US-IA-715C.2-IND", recipient: "Affected Iowa consumers", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, FINANCIAL_HARM]), citation: "Iowa Code §715C.2; §715C.1", verification: "S", lawEnforcementDelay: true },
  // V3 (AG and INS): business days on Iowa Code §1C.1 (date-holidays added Juneteenth, Columbus Day and weekend moves).
  { id: "US-IA-715C.2-AG", version: V3, recipient: "Director, Consumer Protection Division, Office of the Iowa Attorney General", trigger: after("US-IA-715C.2-IND"),
    deadline: stateBusinessDays(5, "IA"), zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, FINANCIAL_HARM, count(">", 500)]), citation: "Iowa Code §715C.2 (AG subsection, 2014)", verification: "S",
    uncertain: "More than 500 per the law-firm charts; the Attorney General's page says 'at least 500': at exactly 500 Iowa residents counsel decides", notes: [stateCalendarNote("Iowa")] },
  { id: "US-IA-715C.2-VND", recipient: "Owner or licensor (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "Iowa Code §715C.2", verification: "S" },
  { id: "US-IA-507F.7-INS", version: V3, recipient: "Iowa Commissioner of Insurance", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(3, "IA"), zone: CHICAGO,
    gates: naicInsuranceGates("Iowa", "harmOrGovernmentNotice"), citation: "Iowa Code §507F.7(1),(2) (HF 719, 2021)", verification: "V",
    notes: [stateCalendarNote("Iowa")] },
]);
