import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, at, after, days, NONE, ACQUIRED, misuse, count, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Colorado: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-CO-6-1-716-IND", "US-CO-6-1-716-AG", "US-CO-6-1-716-CRA",
] as const;

/** Personal information under the Colorado statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "biometric"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-CO-6-1-716-IND", version: V1, recipient: "Affected Colorado residents", region: "US-CO", trigger: at("breachDetermined"), deadline: days(30), zone: { kind: "fixed", zone: "America/Denver" },
    gates: stateResidentGates(PI, [ACQUIRED, misuse("applies")]), citation: "C.R.S. §6-1-716(2)", url: "https://coag.gov/resources/data-protection-laws/", verification: "S", lawEnforcementDelay: true },
  { id: "US-CO-6-1-716-AG", version: V1, recipient: "Colorado Attorney General", region: "US-CO", trigger: at("breachDetermined"), deadline: days(30), zone: { kind: "fixed", zone: "America/Denver" },
    gates: stateResidentGates(PI, [ACQUIRED, misuse("applies"), count(">=", 500)]), citation: "C.R.S. §6-1-716(2)(f)", url: "https://coag.gov/resources/data-protection-laws/", verification: "S" },
  { id: "US-CO-6-1-716-CRA", version: V1, recipient: "Nationwide consumer reporting agencies", region: "US-CO", trigger: after("US-CO-6-1-716-IND"), deadline: NONE, zone: { kind: "fixed", zone: "America/Denver" },
    gates: stateResidentGates(PI, [ACQUIRED, misuse("applies"), count(">", 1000)]), citation: "C.R.S. §6-1-716(2)(d)", url: "https://coag.gov/resources/data-protection-laws/", verification: "S" },
];
