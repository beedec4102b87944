import { ACQUIRED, at, count, days, NONE, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  earliestOf, harmFinding, maintainerGates, naicInsuranceGates, ownerGates, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Alabama (Data Breach Notification Act of 2018, Ala. Code ch. 8-38; Insurance Data Security Law, ch. 27-62). */

export const RULE_IDS = [
  "US-AL-8-38-5-IND", "US-AL-8-38-6-AG", "US-AL-8-38-7-CRA", "US-AL-8-38-8-VND", "US-AL-27-62-6-INS",
] as const;

/** §8-38-2(6): the name is required for every element, credentials included; electronic data only. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "health", "online_credentials"],
  accountAlone: false,
  alone: [],
};

const CHICAGO = zone("America/Chicago");
const SUBSTANTIAL_HARM = harmFinding("likelihood of substantial harm");
/** §8-38-5(b): 45 days from the vendor's notice or from the entity's own determination, whichever comes first. */
const VENDOR_NOTICE_OR_DETERMINATION = earliestOf("vendorNoticeReceived", "breachDetermined");

export const RULES = stateRows("AL", [
  { id: "US-AL-8-38-5-IND", recipient: "Affected Alabama residents", trigger: VENDOR_NOTICE_OR_DETERMINATION, deadline: days(45), zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, SUBSTANTIAL_HARM]), citation: "Ala. Code §8-38-5(a)-(c); §8-38-4; §8-38-2", verification: "V", lawEnforcementDelay: true },
  { id: "US-AL-8-38-6-AG", recipient: "Alabama Attorney General", trigger: VENDOR_NOTICE_OR_DETERMINATION, deadline: days(45), zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, SUBSTANTIAL_HARM, count(">", 1000)]), citation: "Ala. Code §8-38-6", verification: "V", lawEnforcementDelay: true },
  { id: "US-AL-8-38-7-CRA", recipient: "All nationwide consumer reporting agencies", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, SUBSTANTIAL_HARM, count(">", 1000)]), citation: "Ala. Code §8-38-7", verification: "V" },
  { id: "US-AL-8-38-8-VND", recipient: "Covered entity (notified by its third-party agent)", trigger: at("breachDetermined"), deadline: days(10), zone: CHICAGO,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "Ala. Code §8-38-8", verification: "V" },
  // V3: business days on Ala. Code §1-3-8 (date-holidays counted Juneteenth and Thanksgiving, and missed Fri 10 Nov 2028).
  { id: "US-AL-27-62-6-INS", version: V3, recipient: "Alabama Commissioner of Insurance", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(3, "AL"), zone: CHICAGO,
    gates: naicInsuranceGates("Alabama"), citation: "Ala. Code §27-62-6(a),(b)", verification: "V",
    notes: [stateCalendarNote("Alabama")] },
]);
