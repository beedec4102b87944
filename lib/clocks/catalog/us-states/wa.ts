import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, LA, at, days, ACQUIRED, misuse, count, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Washington: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-WA-19.255-IND", "US-WA-19.255-AG",
] as const;

/** Personal information under the Washington statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health", "biometric", "financial_access_code"], accountAlone: true, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-WA-19.255-IND", version: V1, recipient: "Affected Washington residents", region: "US-WA", trigger: at("discovered"), deadline: days(30), zone: LA,
    gates: stateResidentGates(PI, [ACQUIRED, misuse("applies")]), citation: "RCW 19.255.010", url: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", verification: "V", lawEnforcementDelay: true },
  { id: "US-WA-19.255-AG", version: V1, recipient: "Washington Attorney General", region: "US-WA", trigger: at("discovered"), deadline: days(30), zone: LA,
    gates: stateResidentGates(PI, [ACQUIRED, misuse("applies"), count(">", 500)]), citation: "RCW 19.255.010", url: "https://app.leg.wa.gov/RCW/default.aspx?cite=19.255.010", verification: "V" },
];
