import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, LA, at, days, NONE, count, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Oregon: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-OR-646A.604-IND", "US-OR-646A.604-AG",
] as const;

/** Personal information under the Oregon statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health", "biometric"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-OR-646A.604-IND", version: V1, recipient: "Affected consumers", region: "US-OR", trigger: at("discovered"), deadline: days(45), zone: LA,
    gates: stateResidentGates(PI), citation: "ORS 646A.604", url: "https://oregon.public.law/statutes/ors_646a.604", verification: "S", lawEnforcementDelay: true },
  { id: "US-OR-646A.604-AG", version: V1, recipient: "Oregon Attorney General", region: "US-OR", trigger: at("discovered"), deadline: NONE, zone: LA,
    gates: stateResidentGates(PI, [count(">", 250)]), citation: "ORS 646A.604", url: "https://oregon.public.law/statutes/ors_646a.604", verification: "S" },
];
