import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, LA, at, after, days, NONE, PD, PROCESSOR, RESIDENTS, ACQUIRED, count, pi, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** California: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-CA-1798.82-IND", "US-CA-1798.82-AG", "US-CA-1798.82-VND", "US-CA-1798.150",
] as const;

/** Personal information under the California statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health", "biometric", "genetic", "location"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-CA-1798.82-IND", version: V1, recipient: "Affected California residents", region: "US-CA", trigger: at("discovered"), deadline: days(30), zone: LA,
    gates: stateResidentGates(PI, [ACQUIRED]), citation: "Cal. Civ. Code §1798.82(a)", url: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=1798.82.&lawCode=CIV", verification: "S", rollForward: "CA", lawEnforcementDelay: true },
  { id: "US-CA-1798.82-AG", version: V1, recipient: "California Attorney General", region: "US-CA", trigger: after("US-CA-1798.82-IND"), deadline: days(15), zone: LA,
    gates: stateResidentGates(PI, [ACQUIRED, count(">", 500)]), citation: "Cal. Civ. Code §1798.82(f)", url: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=1798.82.&lawCode=CIV", verification: "S", rollForward: "CA" },
  { id: "US-CA-1798.82-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-CA", trigger: at("discovered"), deadline: NONE, zone: LA,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "Cal. Civ. Code §1798.82(b)", url: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=1798.82.&lawCode=CIV", verification: "S" },
  { id: "US-CA-1798.150", version: V1, recipient: "None (litigation exposure, not a notice)", region: "US-CA", trigger: { kind: "none" }, deadline: NONE, zone: LA,
    gates: [PD, RESIDENTS, pi(PI), { kind: "compromise", any: ["acquisition", "disclosure"], label: "exfiltrated, stolen or disclosed" }, { kind: "notRedacted" }, { kind: "ca150Encryption" }],
    citation: "Cal. Civ. Code §1798.150", url: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=1798.150.&lawCode=CIV", verification: "V" },
];
