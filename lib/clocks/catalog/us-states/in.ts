import { ACQUIRED, at, count, days, ENC, sector, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  earliestOf, harmFinding, harmUnlessNoHarmFinding, maintainerGates, ownerGates, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Indiana (IC 24-4.9; Insurance Data Security, IC 27-2-27; state agencies, IC 4-13.1-2-9). */

export const RULE_IDS = [
  "US-IN-24-4.9-3-1-IND", "US-IN-24-4.9-3-1-AG", "US-IN-24-4.9-3-1-CRA", "US-IN-24-4.9-3-2-VND",
  "US-IN-27-2-27-21-INS", "US-IN-27-2-27-22-INS", "US-IN-4-13.1-2-9-OT",
] as const;

/**
 * IC 24-4.9-2-10: a Social Security number counts without a name; a credit card number counts alone with the name
 * (a debit card or account number needs its code: the categories do not tell the two apart, so the account counts
 * alone). Data transferred from computers to paper count.
 */
export const PI: TStatePi = {
  withName: ["government_id_document"],
  accountAlone: true,
  alone: ["national_id_number"],
};

const INDIANAPOLIS = zone("America/Indiana/Indianapolis");
const COULD_RESULT = harmUnlessNoHarmFinding("actual or possible identity deception, identity theft or fraud");
const MATERIAL_HARM = harmFinding("reasonable likelihood of material harm to a consumer or the licensee's operations (IC 27-2-27-5)");

export const RULES = stateRows("IN", [
  { id: "US-IN-24-4.9-3-1-IND", recipient: "Affected Indiana residents", trigger: at("discovered"), deadline: days(45), zone: INDIANAPOLIS,
    gates: ownerGates(PI, [ACQUIRED, COULD_RESULT]), citation: "IC 24-4.9-3-1(a), 24-4.9-3-3 (P.L.171-2022)", verification: "V", lawEnforcementDelay: true },
  { id: "US-IN-24-4.9-3-1-AG", recipient: "Indiana Attorney General", trigger: at("discovered"), deadline: days(45), zone: INDIANAPOLIS,
    gates: ownerGates(PI, [ACQUIRED, COULD_RESULT]), citation: "IC 24-4.9-3-1(c), 24-4.9-3-3", verification: "V", lawEnforcementDelay: true },
  { id: "US-IN-24-4.9-3-1-CRA", recipient: "Each consumer reporting agency (15 U.S.C. 1681a(p))", trigger: at("discovered"), deadline: days(45), zone: INDIANAPOLIS,
    gates: ownerGates(PI, [ACQUIRED, COULD_RESULT, count(">", 1000)]), citation: "IC 24-4.9-3-1(b), 24-4.9-3-3", verification: "V", lawEnforcementDelay: true },
  { id: "US-IN-24-4.9-3-2-VND", recipient: "Data base owner (notified by the maintainer)", trigger: at("discovered"), deadline: days(45), zone: INDIANAPOLIS,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "IC 24-4.9-3-2, 24-4.9-3-3", verification: "U", lawEnforcementDelay: true,
    uncertain: "IC 24-4.9-3-3(a) caps every 'disclosure or notification under this chapter' at 45 days after discovery, which by its words includes this notification; the reference grades the deadline U" },
  { id: "US-IN-27-2-27-21-INS", recipient: "Indiana Insurance Commissioner", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(3, "IN"), zone: INDIANAPOLIS,
    gates: [sector("insurance", "an Indiana insurance licensee"), ENC, MATERIAL_HARM], citation: "IC 27-2-27-21(c)", verification: "U",
    uncertain: "Notice criteria and period of IC 27-2-27-21(c) not read (the text breaks off at 'as promptly as p…'); the 3 business days of the sister §22 are shown", notes: [stateCalendarNote("Indiana")] },
  { id: "US-IN-27-2-27-22-INS", recipient: "Affected ceding insurers and the commissioner of the assuming insurer's state of domicile", trigger: earliestOf("cybersecurityIncidentDetermined", "vendorNoticeReceived"),
    deadline: stateBusinessDays(3, "IN"), zone: INDIANAPOLIS,
    gates: [sector("assumingInsurer", "an assuming insurer without a direct contractual relationship with the consumers"), ENC, MATERIAL_HARM], citation: "IC 27-2-27-22; 27-2-27-5", verification: "V",
    notes: [stateCalendarNote("Indiana")] },
  { id: "US-IN-4-13.1-2-9-OT", recipient: "Indiana Office of Technology", trigger: at("discovered"), deadline: stateBusinessDays(2, "IN"), zone: INDIANAPOLIS,
    gates: [sector("publicAgency", "an Indiana state agency or political subdivision")], citation: "IC 4-13.1-2-9 (P.L.137-2021)", verification: "V",
    notes: [stateCalendarNote("Indiana")] },
]);
