import { ACQUIRED, after, at, days, NONE, sector, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmUnlessNoHarmFinding, maintainerGates, NO_TRIGGER, ownerGates, relyingOnNoHarm, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Louisiana (Database Security Breach Notification Law, La. R.S. 51:3071-3077; LAC 16:III.701; Insurance Data Security, R.S. 22:2501-2511). */

export const RULE_IDS = [
  "US-LA-51-3074-IND", "US-LA-51-3074-AG", "US-LA-51-3074-AGEXT", "US-LA-51-3074-NOHARM", "US-LA-51-3074-VND",
  "US-LA-22-2506-INS",
] as const;

/** R.S. 51:3073(4): passport and biometric data (used to authenticate) count; computerized data only. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "biometric"],
  accountAlone: false,
  alone: [],
};

const CHICAGO = zone("America/Chicago");
const HARM_LABEL = "reasonable likelihood of harm to Louisiana residents (written no-harm determination kept 5 years)";
const HARM = harmUnlessNoHarmFinding(HARM_LABEL);
const NO_KEY_CLAUSE = "No key-compromise clause found: encrypted data taken with the key are treated as notifiable";

export const RULES = stateRows("LA", [
  { id: "US-LA-51-3074-IND", recipient: "Affected Louisiana residents", trigger: at("discovered"), deadline: days(60), zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, HARM]), citation: "La. R.S. 51:3074(C),(E); 51:3073", verification: "S", lawEnforcementDelay: true, uncertain: NO_KEY_CLAUSE },
  { id: "US-LA-51-3074-AG", recipient: "Louisiana Attorney General, Consumer Protection Section", trigger: after("US-LA-51-3074-IND"), deadline: days(10), zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, HARM]), citation: "LAC 16:III.701", verification: "V",
    constraint: "Timely only if received by the Attorney General within 10 days of the resident notice; it must list the names of all affected Louisiana residents" },
  { id: "US-LA-51-3074-AGEXT", recipient: "Louisiana Attorney General (written reasons for a later resident notice)", trigger: at("discovered"), deadline: days(60), zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, HARM]), citation: "La. R.S. 51:3074 (Act 382 of 2018)", verification: "S",
    constraint: "Only if the resident notice will come later than 60 days after discovery (scope, further disclosures, restoring integrity; possibly also a law-enforcement delay)" },
  { id: "US-LA-51-3074-NOHARM", recipient: "Louisiana Attorney General (on written request)", trigger: NO_TRIGGER, deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, relyingOnNoHarm("the no-harm exception is relied on (risk assessed as none)")]), citation: "La. R.S. 51:3074 (Act 382 of 2018)", verification: "U",
    constraint: "Keep the written no-harm determination and its documents 5 years from discovery; send them within 30 days of the Attorney General's written request",
    uncertain: "Sources differ on 30 or 60 days after the request; the shorter is shown. The request has no moment in the facts, so no clock runs" },
  { id: "US-LA-51-3074-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: days(60), zone: CHICAGO,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "La. R.S. 51:3074(D)", verification: "U", lawEnforcementDelay: true,
    uncertain: "The text says 'following discovery'; whether the 60-day limit of subsection E also binds this notice is unverified, so it is shown as the outer bound" },
  { id: "US-LA-22-2506-INS", recipient: "Louisiana Commissioner of Insurance (LDI cybersecurity reporting module)", trigger: at("cybersecurityIncidentDetermined"),
    deadline: stateBusinessDays(3, "LA"), zone: CHICAGO,
    gates: [sector("insurance", "a Louisiana insurance licensee")], citation: "La. R.S. 22:2506 (Act 283 of 2020)", verification: "U",
    uncertain: "The reporting criteria of R.S. 22:2506 (probably the NAIC domicile / 250-consumer tests) were not read: the row applies to every licensee", notes: [stateCalendarNote("Louisiana")] },
]);
