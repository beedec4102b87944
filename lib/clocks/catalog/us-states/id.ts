import { ACQUIRED, at, ENC, hours, NONE, PD, pi, RESIDENTS, sector, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  CORE_PI, harmFinding, maintainerGates, NO_KEY_CLAUSE, NO_TRIGGER, ownerGates, PROPOSED, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Idaho (Idaho Code §§28-51-104 to -107). */

export const RULE_IDS = [
  "US-ID-28-51-105-IND", "US-ID-28-51-105-AG", "US-ID-28-51-105-VND", "US-ID-41-67-INS",
] as const;

/** §28-51-104(5): computerized data only (the 2025 S1066 expansion is not confirmed enacted). */
export const PI: TStatePi = CORE_PI;

const BOISE = zone("America/Boise");
const MISUSE = harmFinding("actual or likely misuse");

export const RULES = stateRows("ID", [
  { id: "US-ID-28-51-105-IND", recipient: "Affected Idaho residents", trigger: at("aware"), deadline: NONE, zone: BOISE,
    gates: ownerGates(PI, [ACQUIRED, MISUSE]), citation: "Idaho Code §28-51-105; §28-51-104", verification: "S", lawEnforcementDelay: true,
    uncertain: NO_KEY_CLAUSE },
  { id: "US-ID-28-51-105-AG", recipient: "Office of the Idaho Attorney General", trigger: at("discovered"), deadline: hours(24), zone: BOISE,
    gates: [sector("publicAgency", "an Idaho public agency (§74-101)"), PD, RESIDENTS, pi(PI), ENC, ACQUIRED], citation: "Idaho Code §28-51-105", verification: "S" },
  { id: "US-ID-28-51-105-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: BOISE,
    gates: maintainerGates(PI, [ACQUIRED, MISUSE]), citation: "Idaho Code §28-51-105", verification: "S" },
  { id: "US-ID-41-67-INS", recipient: "Director, Idaho Department of Insurance", trigger: NO_TRIGGER, deadline: NONE, zone: BOISE,
    gates: [PROPOSED], citation: "Idaho Insurance Data Security Act bill (2025), proposed Idaho Code tit. 41 ch. 67", verification: "U",
    uncertain: "Enactment not confirmed (bill summaries only: director notice within ten business days); no clock runs until counsel confirms it is in force" },
]);
