import { ACQUIRED, after, at, count, ENC, NONE, PD, pi, RESIDENTS, sector, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  HIPAA_ENTITY, maintainerGates, naicInsuranceGates, NOT_HIPAA_ENTITY, ownerGates, SAME_AS_UPSTREAM, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Illinois (Personal Information Protection Act, 815 ILCS 530; Insurance Data Security Law, 215 ILCS 215). */

export const RULE_IDS = [
  "US-IL-530.10-IND", "US-IL-530.10-AG", "US-IL-530.10-VND", "US-IL-530.50-AG", "US-IL-530.12-AG", "US-IL-530.12-CRA",
  "US-IL-530.25-LEG", "US-IL-215.20-INS",
] as const;

/** 815 ILCS 530/5: an account or card number counts alone; online credentials count without a name. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "financial_access_code", "health", "biometric"],
  accountAlone: true,
  alone: ["online_credentials"],
};

const CHICAGO = zone("America/Chicago");
const STATE_AGENCY = sector("stateAgency", "an Illinois State agency");

export const RULES = stateRows("IL", [
  { id: "US-IL-530.10-IND", recipient: "Affected Illinois residents", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: [NOT_HIPAA_ENTITY, ...ownerGates(PI, [ACQUIRED])], citation: "815 ILCS 530/10(a)", verification: "V", lawEnforcementDelay: true },
  { id: "US-IL-530.10-AG", recipient: "Illinois Attorney General", trigger: after("US-IL-530.10-IND"), deadline: SAME_AS_UPSTREAM, zone: CHICAGO,
    gates: [NOT_HIPAA_ENTITY, ...ownerGates(PI, [ACQUIRED, count(">", 500)])], citation: "815 ILCS 530/10 (P.A. 101-0343)", verification: "S" },
  { id: "US-IL-530.10-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: [NOT_HIPAA_ENTITY, ...maintainerGates(PI, [ACQUIRED])], citation: "815 ILCS 530/10(b)", verification: "S" },
  // V3 (530.50-AG, 530.25-LEG, 215.20-INS): business days on 205 ILCS 630/17 (date-holidays added Malcolm X Day and
  // weekend moves, and lacked Good Friday).
  { id: "US-IL-530.50-AG", version: V3, recipient: "Illinois Attorney General (copy of the HHS breach notice)", trigger: after("US-HIPAA-408-500"), deadline: stateBusinessDays(5, "IL"), zone: CHICAGO,
    gates: [HIPAA_ENTITY, { kind: "phi" }, PD, RESIDENTS], citation: "815 ILCS 530/50", verification: "S",
    constraint: "For breaches of fewer than 500 the copy follows the annual HHS log submission (US-HIPAA-408-LOG) by 5 business days",
    notes: [stateCalendarNote("Illinois")] },
  { id: "US-IL-530.12-AG", recipient: "Illinois Attorney General", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: [STATE_AGENCY, PD, RESIDENTS, pi(PI), ENC, ACQUIRED, count(">", 250)], citation: "815 ILCS 530/12", verification: "U",
    uncertain: "Deadline not verified (the subsection text was not found on 2026-12-02); give it no later than the resident notice, as 530/10 requires of private data collectors" },
  { id: "US-IL-530.12-CRA", recipient: "All nationwide consumer reporting agencies", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: [STATE_AGENCY, PD, RESIDENTS, pi(PI), ENC, ACQUIRED, count(">", 1000)], citation: "815 ILCS 530/12(d)", verification: "V" },
  { id: "US-IL-530.25-LEG", version: V3, recipient: "Illinois General Assembly", trigger: at("discovered"), deadline: stateBusinessDays(5, "IL"), zone: CHICAGO,
    gates: [STATE_AGENCY, PD], citation: "815 ILCS 530/25", verification: "V", notes: [stateCalendarNote("Illinois")] },
  { id: "US-IL-215.20-INS", version: V3, recipient: "Illinois Director of Insurance", trigger: at("cybersecurityIncidentDetermined"), deadline: stateBusinessDays(3, "IL"), zone: CHICAGO,
    gates: naicInsuranceGates("Illinois"), citation: "215 ILCS 215/20 (P.A. 103-0142)", verification: "V", notes: [stateCalendarNote("Illinois")] },
]);
