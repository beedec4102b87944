import { ACQUIRED, at, count, NONE, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmUnlessNoHarmFinding, maintainerGates, naicInsuranceGates, ownerGates, relyingOnNoHarm, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Alaska (Personal Information Protection Act, AS 45.48; insurance data security, AS 21.23.240-.399). */

export const RULE_IDS = [
  "US-AK-45.48.010-IND", "US-AK-45.48.010-AG", "US-AK-45.48.040-CRA", "US-AK-45.48.070-VND", "US-AK-21.23.280-INS",
] as const;

/**
 * AS 45.48.090(7): information in any form (paper included); an account number counts with its code only where
 * the account can be reached only with one, and a PIN, password or access code counts with the name alone.
 */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "financial_access_code"],
  accountAlone: false,
  alone: [],
};

const JUNEAU = zone("America/Juneau");
const NO_HARM_EXCEPTION = "reasonable likelihood of harm (AS 45.48.010(c): no notice after a written no-harm determination notified to the AG)";

export const RULES = stateRows("AK", [
  { id: "US-AK-45.48.010-IND", recipient: "Affected Alaska residents", trigger: at("discovered"), deadline: NONE, zone: JUNEAU,
    gates: ownerGates(PI, [ACQUIRED, harmUnlessNoHarmFinding(NO_HARM_EXCEPTION)]), citation: "AS 45.48.010(a)-(c), 45.48.090", verification: "V", lawEnforcementDelay: true },
  { id: "US-AK-45.48.010-AG", recipient: "Alaska Attorney General (written notice of the no-harm determination)", trigger: at("discovered"), deadline: NONE, zone: JUNEAU,
    gates: ownerGates(PI, [ACQUIRED, relyingOnNoHarm("the no-harm exception is relied on (risk assessed as none)")]), citation: "AS 45.48.010(c)", verification: "V",
    constraint: "A precondition: the written notice to the Attorney General must come before the decision not to notify residents is relied on" },
  { id: "US-AK-45.48.040-CRA", recipient: "All nationwide consumer credit reporting agencies", trigger: at("discovered"), deadline: NONE, zone: JUNEAU,
    gates: ownerGates(PI, [ACQUIRED, harmUnlessNoHarmFinding(NO_HARM_EXCEPTION), count(">", 1000)]), citation: "AS 45.48.040(a)-(d)", verification: "V",
    uncertain: "AS 45.48.040 does not apply to an information collector subject to the Gramm-Leach-Bliley Act; the facts carry no GLBA flag, so counsel decides" },
  { id: "US-AK-45.48.070-VND", recipient: "Information distributor (owner or licensor)", trigger: at("discovered"), deadline: NONE, zone: JUNEAU,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "AS 45.48.070", verification: "U",
    uncertain: "Timing unverified: the duty to notify and cooperate is confirmed, 'immediately' after discovery is not (section text not found on 2026-12-02)" },
  // V3: business days on AS 44.12.010/.020 (date-holidays added the second Monday of October and Friday substitutes).
  { id: "US-AK-21.23.280-INS", version: V3, recipient: "Director, Alaska Division of Insurance", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(3, "AK"), zone: JUNEAU,
    gates: naicInsuranceGates("Alaska", "alone"), citation: "AS 21.23.280(a),(b); AS 21.23.399", verification: "V", lawEnforcementDelay: true,
    notes: [stateCalendarNote("Alaska")] },
]);
