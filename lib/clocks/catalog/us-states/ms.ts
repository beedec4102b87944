import { ACQUIRED, at, NONE, sector, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  CORE_PI, harmUnlessNoHarmFinding, maintainerGates, ownerGates, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Mississippi (Miss. Code §75-24-29; Insurance Data Security Law §§83-5-801 to -825). */

export const RULE_IDS = ["US-MS-75-24-29-IND", "US-MS-75-24-29-VND", "US-MS-83-5-811-INS"] as const;

/** §75-24-29(2)(b): tribal ID counts as a government ID; electronic data only. */
export const PI: TStatePi = CORE_PI;

const CHICAGO = zone("America/Chicago");

export const RULES = stateRows("MS", [
  { id: "US-MS-75-24-29-IND", recipient: "Affected individuals", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, harmUnlessNoHarmFinding("likelihood of harm")]), citation: "Miss. Code §75-24-29(2)-(3),(5),(8)", verification: "S",
    lawEnforcementDelay: true },
  { id: "US-MS-75-24-29-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: maintainerGates(PI, [ACQUIRED, { kind: "cause", any: ["external_attack", "malicious_insider", "stolen_device"], label: "acquired for fraudulent purposes" }]),
    citation: "Miss. Code §75-24-29(4)", verification: "S", lawEnforcementDelay: true },
  // V3: business days on Miss. Code §3-3-7 (date-holidays counted Columbus Day, Juneteenth, Thanksgiving and Friday
  // substitutes).
  { id: "US-MS-83-5-811-INS", version: V3, recipient: "Mississippi Commissioner of Insurance", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(3, "MS"), zone: CHICAGO,
    gates: [sector("insurance", "a Mississippi insurance licensee")], citation: "Miss. Code §§83-5-801 to -825 (SB 2831, 2019)", verification: "U",
    uncertain: "The reporting criteria and the section number of the notice rule were not read: the row applies to every licensee", notes: [stateCalendarNote("Mississippi")] },
]);
