import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, NYC, at, after, days, count, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Delaware: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-DE-12B-IND", "US-DE-12B-AG",
] as const;

/** Personal information under the Delaware statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health", "biometric"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-DE-12B-IND", version: V1, recipient: "Affected residents", region: "US-DE", trigger: at("breachDetermined"), deadline: days(60), zone: NYC,
    gates: stateResidentGates(PI), citation: "6 Del. C. §12B-102", url: "https://delcode.delaware.gov/title6/c012b/index.html", verification: "S", lawEnforcementDelay: true },
  { id: "US-DE-12B-AG", version: V1, recipient: "Delaware Attorney General", region: "US-DE", trigger: after("US-DE-12B-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates(PI, [count(">", 500)]), citation: "6 Del. C. §12B-102", url: "https://delcode.delaware.gov/title6/c012b/index.html", verification: "S" },
];
