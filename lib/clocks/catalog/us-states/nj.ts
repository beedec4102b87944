import { ACCESSED, after, at, count, NONE, NYC } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmUnlessNoHarmFinding, maintainerGates, NO_TRIGGER, ownerGates, PROPOSED, SAME_AS_UPSTREAM, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** New Jersey (Identity Theft Prevention Act, N.J.S.A. 56:8-161 to -166). */

export const RULE_IDS = [
  "US-NJ-56-8-163-IND", "US-NJ-56-8-163-SP", "US-NJ-56-8-163-CRA", "US-NJ-56-8-163-VND", "US-NJ-56-8-163-IND-S1352",
] as const;

/** N.J.S.A. 56:8-161: a username or e-mail with its password or security Q&A counts alone (since 1 Sep 2019). */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document"],
  accountAlone: false,
  alone: ["online_credentials"],
};

const NEW_YORK = NYC;
const MISUSE = harmUnlessNoHarmFinding("reasonably possible misuse (a written determination otherwise, kept 5 years)");

export const RULES = stateRows("NJ", [
  { id: "US-NJ-56-8-163-IND", recipient: "Affected New Jersey resident customers", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: ownerGates(PI, [ACCESSED, MISUSE]), citation: "N.J.S.A. 56:8-163(a),(c)(1); 56:8-161 (P.L.2019, c.95)", verification: "S", lawEnforcementDelay: true,
    constraint: "Only after the report to the Division of State Police (US-NJ-56-8-163-SP)",
    uncertain: "No key-compromise clause found: encrypted data accessed with the key are treated as notifiable" },
  { id: "US-NJ-56-8-163-SP", recipient: "Division of State Police (NJCCIC online form)", trigger: after("US-NJ-56-8-163-IND"), deadline: SAME_AS_UPSTREAM, zone: NEW_YORK,
    gates: ownerGates(PI, [ACCESSED, MISUSE]), citation: "N.J.S.A. 56:8-163(c)(1)", verification: "V",
    constraint: "In advance of the disclosure to customers: report before the customer notice is sent" },
  { id: "US-NJ-56-8-163-CRA", recipient: "All nationwide consumer reporting agencies", trigger: after("US-NJ-56-8-163-IND"), deadline: NONE, zone: NEW_YORK,
    gates: ownerGates(PI, [ACCESSED, MISUSE, count(">", 1000)]), citation: "N.J.S.A. 56:8-163(f)", verification: "S" },
  { id: "US-NJ-56-8-163-VND", recipient: "The business or public entity on whose behalf the records are kept", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: maintainerGates(PI, [ACCESSED]), citation: "N.J.S.A. 56:8-163(b)", verification: "U",
    uncertain: "The duty was read; 'immediately following discovery' is not confirmed (text cut off on 2026-12-02)" },
  { id: "US-NJ-56-8-163-IND-S1352", recipient: "Affected New Jersey customers (5 business days, if enacted)", trigger: NO_TRIGGER, deadline: NONE, zone: NEW_YORK,
    gates: [PROPOSED], citation: "S1352 (2022-23 session; reintroduced as A548 in 2024): not enacted on our sources", verification: "P" },
]);
