import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, NYC, at, after, days, misuse, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Maine: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-ME-1348-IND", "US-ME-1348-REG",
] as const;

/** Personal information under the Maine statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-ME-1348-IND", version: V1, recipient: "Affected residents", region: "US-ME", trigger: at("aware"), deadline: days(30), zone: NYC,
    gates: stateResidentGates(PI, [misuse("undetermined")]), citation: "10 M.R.S. §1348", url: "https://www.mainelegislature.org/legis/statutes/10/title10sec1348.html", verification: "S", lawEnforcementDelay: true },
  { id: "US-ME-1348-REG", version: V1, recipient: "Dept. of Professional & Financial Regulation or Attorney General", region: "US-ME", trigger: after("US-ME-1348-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates(PI, [misuse("undetermined")]), citation: "10 M.R.S. §1348", url: "https://www.mainelegislature.org/legis/statutes/10/title10sec1348.html", verification: "S" },
];
