import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, NYC, at, NONE, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Massachusetts: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-MA-93H-IND", "US-MA-93H-REG", "US-MA-93H-CM",
] as const;

/** Personal information under the Massachusetts statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: true, alone: [] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-MA-93H-IND", version: V1, recipient: "Affected Massachusetts residents", region: "US-MA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [{ kind: "harm", need: "risk", onUnknown: "undetermined", acquisitionSuffices: true, label: "substantial risk of identity theft or fraud" }]),
    citation: "M.G.L. c. 93H §3", url: "https://www.mass.gov/info-details/notifications-in-the-event-of-a-data-breach", verification: "V" },
  { id: "US-MA-93H-REG", version: V1, recipient: "Attorney General and Director of OCABR", region: "US-MA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [{ kind: "harm", need: "risk", onUnknown: "undetermined", acquisitionSuffices: true, label: "substantial risk of identity theft or fraud" }]),
    citation: "M.G.L. c. 93H §3(b)", url: "https://www.mass.gov/info-details/notifications-in-the-event-of-a-data-breach", verification: "V" },
  { id: "US-MA-93H-CM", version: V1, recipient: "Residents whose SSN was exposed (credit-monitoring offer)", region: "US-MA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [{ kind: "harm", need: "risk", onUnknown: "undetermined", acquisitionSuffices: true, label: "substantial risk of identity theft or fraud" }, { kind: "categories", any: ["national_id_number"], label: "Social Security number exposed" }]),
    citation: "M.G.L. c. 93H §3A", verification: "V" },
];
