import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, NYC, at, after, days, NONE, PROCESSOR, ACCESSED, misuse, count, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Florida: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-FL-501.171-IND", "US-FL-501.171-DLA", "US-FL-501.171-CRA", "US-FL-501.171-VND",
] as const;

/** Personal information under the Florida statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-FL-501.171-IND", version: V1, recipient: "Affected individuals", region: "US-FL", trigger: at("breachDetermined"), deadline: days(30), zone: NYC,
    gates: stateResidentGates(PI, [ACCESSED, misuse("applies")]), citation: "Fla. Stat. §501.171(4)", url: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", verification: "S", lawEnforcementDelay: true,
    extension: { days: 15, text: "+15 days if good cause is given in writing to the Department of Legal Affairs within the 30 days (§501.171(4)(a))" } },
  { id: "US-FL-501.171-DLA", version: V1, recipient: "Florida Department of Legal Affairs", region: "US-FL", trigger: at("breachDetermined"), deadline: days(30), zone: NYC,
    gates: stateResidentGates(PI, [ACCESSED, misuse("applies"), count(">=", 500)]), citation: "Fla. Stat. §501.171(3)", url: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", verification: "S" },
  { id: "US-FL-501.171-CRA", version: V1, recipient: "Nationwide consumer reporting agencies", region: "US-FL", trigger: after("US-FL-501.171-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACCESSED, misuse("applies"), count(">", 1000)]), citation: "Fla. Stat. §501.171(5)", url: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", verification: "S" },
  { id: "US-FL-501.171-VND", version: V1, recipient: "Covered entity (notified by its third-party agent)", region: "US-FL", trigger: at("breachDetermined"), deadline: days(10), zone: NYC,
    gates: stateResidentGates(PI, [ACCESSED], PROCESSOR), citation: "Fla. Stat. §501.171(6)", url: "http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0500-0599/0501/Sections/0501.171.html", verification: "S" },
];
