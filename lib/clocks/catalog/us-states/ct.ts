import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, NYC, at, after, days, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Connecticut: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-CT-36a-701b-IND", "US-CT-36a-701b-AG",
] as const;

/** Personal information under the Connecticut statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health", "biometric"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-CT-36a-701b-IND", version: V1, recipient: "Affected residents", region: "US-CT", trigger: at("discovered"), deadline: days(60), zone: NYC,
    gates: stateResidentGates(PI), citation: "Conn. Gen. Stat. §36a-701b(b)", url: "https://portal.ct.gov/AG/Sections/Privacy/Reporting-a-Data-Breach", verification: "S", lawEnforcementDelay: true },
  { id: "US-CT-36a-701b-AG", version: V1, recipient: "Connecticut Attorney General", region: "US-CT", trigger: after("US-CT-36a-701b-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates(PI), citation: "Conn. Gen. Stat. §36a-701b(b)", url: "https://portal.ct.gov/AG/Sections/Privacy/Reporting-a-Data-Breach", verification: "S" },
];
