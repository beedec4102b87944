import { ACQUIRED, after, at, count, NONE, NYC, V3 } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  CORE_PI, harmUnlessNoHarmFinding, maintainerGates, naicInsuranceGates, NO_TRIGGER, ownerGates, PROPOSED, SAME_AS_UPSTREAM, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** New Hampshire (RSA 359-C:19 to :21; Insurance Data Security Law RSA 420-P; N.H. Admin. Code Ins 3702.03). */

export const RULE_IDS = [
  "US-NH-359-C-20-IND", "US-NH-359-C-20-REG", "US-NH-359-C-20-CRA", "US-NH-359-C-20-VND", "US-NH-420-P-6-INS",
  "US-NH-Ins3702.03-INS",
] as const;

/** RSA 359-C:19 IV: computerized data only. */
export const PI: TStatePi = CORE_PI;

const NEW_YORK = NYC;
/** RSA 359-C:20 I(a): notice when misuse has occurred, is reasonably likely, or cannot be determined. */
const MISUSE = harmUnlessNoHarmFinding("actual, likely or undeterminable misuse");

export const RULES = stateRows("NH", [
  { id: "US-NH-359-C-20-IND", recipient: "Affected individuals", trigger: at("aware"), deadline: NONE, zone: NEW_YORK,
    gates: ownerGates(PI, [ACQUIRED, MISUSE]), citation: "RSA 359-C:20 I(a),(b); 359-C:19", verification: "V", lawEnforcementDelay: true },
  { id: "US-NH-359-C-20-REG", recipient: "NH Attorney General's office, or the primary regulator of a trade under RSA 358-A:3, I", trigger: after("US-NH-359-C-20-IND"),
    deadline: SAME_AS_UPSTREAM, zone: NEW_YORK,
    gates: ownerGates(PI, [ACQUIRED, MISUSE]), citation: "RSA 359-C:20 I(b)", verification: "S",
    constraint: "The notice states the anticipated date of the individual notice and the approximate number of New Hampshire individuals, so it comes first" },
  { id: "US-NH-359-C-20-CRA", recipient: "All nationwide consumer reporting agencies", trigger: after("US-NH-359-C-20-IND"), deadline: NONE, zone: NEW_YORK,
    gates: ownerGates(PI, [ACQUIRED, MISUSE, count(">", 1000)]), citation: "RSA 359-C:20 VI", verification: "V" },
  { id: "US-NH-359-C-20-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "RSA 359-C:20 I(c)", verification: "V" },
  // V3: business days on RSA 288:1 (date-holidays counted the day after Thanksgiving, Juneteenth and weekend
  // substitutes, and lacked Columbus Day).
  { id: "US-NH-420-P-6-INS", version: V3, recipient: "New Hampshire Insurance Commissioner", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(3, "NH"), zone: NEW_YORK,
    gates: naicInsuranceGates("New Hampshire"), citation: "RSA 420-P:6 (SB 194 of 2019)", verification: "V", notes: [stateCalendarNote("New Hampshire")] },
  { id: "US-NH-Ins3702.03-INS", recipient: "NH Insurance Department, then affected customers", trigger: NO_TRIGGER, deadline: NONE, zone: NEW_YORK,
    gates: [PROPOSED], citation: "N.H. Admin. Code Ins 3702.03 (copy marked 'Expires 1/8/2026')", verification: "U",
    uncertain: "Possibly expired on 8 Jan 2026 or displaced by RSA 420-P: no clock runs until counsel confirms it in force (Department 'as soon as possible'; customers within 30 days, after 5 days' Department review)" },
]);
