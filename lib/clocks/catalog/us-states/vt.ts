import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, NYC, at, days, misuse, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Vermont: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-VT-2435-AG", "US-VT-2435-IND",
] as const;

/** Personal information under the Vermont statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health", "biometric", "genetic"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-VT-2435-AG", version: V1, recipient: "Vermont Attorney General", region: "US-VT", trigger: at("discovered"), deadline: { kind: "vermontAg" }, zone: NYC,
    gates: stateResidentGates(PI, [misuse("applies")]), citation: "9 V.S.A. §2435(b)(3)", url: "https://legislature.vermont.gov/statutes/section/09/062/02435", verification: "S" },
  { id: "US-VT-2435-IND", version: V1, recipient: "Affected consumers", region: "US-VT", trigger: at("discovered"), deadline: days(45), zone: NYC,
    gates: stateResidentGates(PI, [misuse("applies")]), citation: "9 V.S.A. §2435(b)(1)", url: "https://legislature.vermont.gov/statutes/section/09/062/02435", verification: "S", lawEnforcementDelay: true },
];
