import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, at, days, misuse, count, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Arizona: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-AZ-18-552-IND", "US-AZ-18-552-AG",
] as const;

/** Personal information under the Arizona statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health", "biometric"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-AZ-18-552-IND", version: V1, recipient: "Affected individuals", region: "US-AZ", trigger: at("breachDetermined"), deadline: days(45), zone: { kind: "fixed", zone: "America/Phoenix" },
    gates: stateResidentGates(PI, [misuse("applies")]), citation: "A.R.S. §18-552(B)", url: "https://www.azleg.gov/ars/18/00552.htm", verification: "S", lawEnforcementDelay: true },
  { id: "US-AZ-18-552-AG", version: V1, recipient: "AG, Director of Homeland Security and the 3 largest CRAs", region: "US-AZ", trigger: at("breachDetermined"), deadline: days(45), zone: { kind: "fixed", zone: "America/Phoenix" },
    gates: stateResidentGates(PI, [misuse("applies"), count(">", 1000)]), citation: "A.R.S. §18-552(B)", url: "https://www.azleg.gov/ars/18/00552.htm", verification: "S" },
];
