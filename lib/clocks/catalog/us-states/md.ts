import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, NYC, at, days, misuse, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Maryland: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-MD-14-3504",
] as const;

/** Personal information under the Maryland statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health", "biometric", "genetic"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-MD-14-3504", version: V1, recipient: "Maryland Attorney General, then individuals", region: "US-MD", trigger: at("discovered"), deadline: days(45), zone: NYC,
    gates: stateResidentGates(PI, [misuse("applies")]), citation: "Md. Code Com. Law §14-3504", url: "https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-3504&enactments=false", verification: "S", lawEnforcementDelay: true,
    constraint: "The Attorney General must be notified before the individual notice" },
];
