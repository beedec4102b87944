import { ACQUIRED, after, at, count, days, NONE, PROCESSOR, stateResidentGates, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";

/** South Dakota: rows of the jurisdiction reference for US states (SDCL §§22-40-19 to -26). */

export const RULE_IDS = [
  "US-SD-22-40-20-IND", "US-SD-22-40-20-AG", "US-SD-22-40-20-AGNH", "US-SD-22-40-23-CRA", "US-SD-22-40-VND",
] as const;

/**
 * §22-40-19(4)-(5): personal information is a name with SSN, driver's licence or other government ID number, account
 * + code, health information, or an employer-assigned ID with its code or biometric data; protected information (no
 * name needed) is a user name or e-mail with its password, or an account number with its code. The employer-ID
 * combination cannot be expressed in categories and is not matched; account + code without a name is matched through
 * the code alone (`financial_access_code` in `alone`), which also matches a code without its account (NOTES.md).
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "health"], accountAlone: false, alone: ["online_credentials", "financial_access_code"],
} as const satisfies TStatePi;

const PIERRE = zone("America/Chicago");

/**
 * §22-40-20: no disclosure when, after an investigation and notice to the Attorney General, the holder reasonably
 * determines that harm is not likely (documented in writing, kept 3 years): notice is the default.
 */
const HARM_LIKELY: TGate = { kind: "harm", need: "risk", onUnknown: "applies", label: "harm likely (no written no-harm determination)" };

export const RULES: readonly TRule[] = [
  { id: "US-SD-22-40-20-IND", version: V1, recipient: "Affected South Dakota residents", region: "US-SD", trigger: at("discovered"), deadline: days(60), zone: PIERRE,
    gates: stateResidentGates(PI, [ACQUIRED, HARM_LIKELY]), citation: "SDCL §22-40-20", verification: "V", lawEnforcementDelay: true },
  { id: "US-SD-22-40-20-AG", version: V1, recipient: "South Dakota Attorney General (by mail or e-mail)", region: "US-SD", trigger: at("discovered"), deadline: days(60), zone: PIERRE,
    gates: stateResidentGates(PI, [ACQUIRED, count(">", 250)]), citation: "SDCL §22-40-20", verification: "V", lawEnforcementDelay: true,
    notes: ["No harm condition: any breach that exceeds 250 residents", "The section's 60-day sentence is read as covering this disclosure too (the sentence on the Attorney General sets no period of its own)"] },
  { id: "US-SD-22-40-20-AGNH", version: V1, recipient: "South Dakota Attorney General (before relying on the no-harm exception)", region: "US-SD", trigger: at("discovered"),
    deadline: days(60), zone: PIERRE,
    gates: stateResidentGates(PI, [ACQUIRED, { kind: "harmRuledOut", label: "the holder determines that harm is not likely" }]),
    citation: "SDCL §22-40-20", verification: "V",
    notes: ["Notice to the Attorney General must come before the holder relies on the exception; keep the written determination at least 3 years"] },
  { id: "US-SD-22-40-23-CRA", version: V1, recipient: "All nationwide consumer reporting agencies and other nationwide credit bureaus", region: "US-SD",
    trigger: after("US-SD-22-40-20-IND"), deadline: NONE, zone: PIERRE, gates: stateResidentGates(PI, [ACQUIRED, HARM_LIKELY]), citation: "SDCL §22-40-23", verification: "S",
    notes: ["No numeric threshold (Sidley, TekRisq; one compilation says more than 1,000)"] },
  { id: "US-SD-22-40-VND", version: V1, recipient: "Owner or licensee (notified by the third party)", region: "US-SD", trigger: at("discovered"), deadline: NONE, zone: PIERRE,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "SDCL §§22-40-19 to 22-40-26 (no maintainer section found)", verification: "U",
    uncertain: "No maintainer-to-owner provision in the sections read (22-40-19, -20, -22); Mintz says a third party must notify the holder and cooperate, CIAB says SB 62 has none. Shown until counsel confirms" },
];
