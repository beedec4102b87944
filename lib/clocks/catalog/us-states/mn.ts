import { ACQUIRED, anyOf, at, count, days, ENC, flag, hours, NONE, PD, sector, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi, TGate } from "@/lib/clocks/catalog/model";
import {
  CORE_PI, maintainerGates, not, ownerGates, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Minnesota (Minn. Stat. §325E.61; insurance §60A.985-.9858; Nonbank Data Security Law ch. 46A). */

export const RULE_IDS = [
  "US-MN-325E.61-IND", "US-MN-325E.61-CRA", "US-MN-325E.61-VND", "US-MN-60A.9853-INS", "US-MN-46A.06-FIN",
] as const;

/** §325E.61 subd. 1(e): computerized data only. */
export const PI: TStatePi = CORE_PI;

const CHICAGO = zone("America/Chicago");

/** Subd. 4: GLBA financial institutions (15 U.S.C. 6809(3)) are outside §325E.61. */
const NOT_GLBA_INSTITUTION: TGate = not(anyOf("a GLBA financial institution",
  [flag("ftcFinancialInstitution", "not an FTC-regulated financial institution")],
  [sector("nonbankFinancial", "a Minnesota-licensed nonbank financial institution")],
  [sector("stateBank", "a Minnesota state bank")],
  [sector("stateCreditUnion", "a Minnesota state credit union")],
), "a GLBA financial institution (§325E.61 subd. 4)");

export const RULES = stateRows("MN", [
  { id: "US-MN-325E.61-IND", recipient: "Affected Minnesota residents", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: [NOT_GLBA_INSTITUTION, ...ownerGates(PI, [ACQUIRED])], citation: "Minn. Stat. §325E.61 subd. 1", verification: "S", lawEnforcementDelay: true },
  { id: "US-MN-325E.61-CRA", recipient: "All nationwide consumer reporting agencies", trigger: at("discovered"), deadline: hours(48), zone: CHICAGO,
    gates: [NOT_GLBA_INSTITUTION, ...ownerGates(PI, [ACQUIRED, count(">", 500)])], citation: "Minn. Stat. §325E.61 subd. 2", verification: "V",
    uncertain: "The 48 hours run from 'discovering circumstances requiring notification' of more than 500 persons: started at discovery of the breach (the earlier reading)" },
  { id: "US-MN-325E.61-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: [NOT_GLBA_INSTITUTION, ...maintainerGates(PI, [ACQUIRED])], citation: "Minn. Stat. §325E.61 subd. 1(b)", verification: "S" },
  // V3: business days on Minn. Stat. §645.44 subd. 5 for the executive branch (date-holidays counted Indigenous
  // Peoples Day and lacked Fri 10 Nov 2028).
  { id: "US-MN-60A.9853-INS", version: V3, recipient: "Minnesota Commissioner of Commerce", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(5, "MN"), zone: CHICAGO,
    gates: [sector("insurance", "a Minnesota insurance licensee"), ENC], citation: "Minn. Stat. §60A.9853; §60A.985 subd. 4", verification: "U",
    uncertain: "The reporting criteria of §60A.9853 (probably the NAIC domicile / 250-consumer tests) were not read: the row applies to every licensee", notes: [stateCalendarNote("Minnesota")] },
  { id: "US-MN-46A.06-FIN", recipient: "Minnesota Commissioner of Commerce", trigger: at("discovered"), deadline: days(45), zone: CHICAGO,
    gates: [sector("nonbankFinancial", "a Minnesota-licensed nonbank financial institution (ch. 46A)"), PD, count(">=", 500)],
    citation: "Minn. Stat. §46A.06 subd. 1", verification: "V", lawEnforcementDelay: true },
]);
