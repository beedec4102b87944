import { ACQUIRED, after, at, count, NONE, NYC, PROCESSOR, stateResidentGates, V1 } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";

/**
 * District of Columbia: rows of the jurisdiction reference for US states, read against the
 * Council's codified XML (D.C. Code §§28-3851, 28-3852 as amended by D.C. Law 23-98).
 */

export const RULE_IDS = [
  "US-DC-28-3852-IND", "US-DC-28-3852-AG", "US-DC-28-3852-CRA", "US-DC-28-3852-VND", "US-DC-28-3852.02-CM",
] as const;

/**
 * §28-3851(3): name (or another personal identifier) with SSN or ITIN, a government document number, account or card
 * number, any code giving access to a financial account, medical or health-insurance information, genetic data or
 * biometric data; or, alone, a user name or e-mail with its password or security answer. Elements that enable
 * identity theft without any name, and "other personal identifier" standing for the name, are not matched (NOTES.md).
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "financial_access_code", "health", "genetic", "biometric"], accountAlone: true,
  alone: ["online_credentials"],
} as const satisfies TStatePi;

/**
 * §28-3851(1)(B)(iii): not a breach when the entity reasonably determines, after investigation and consultation with
 * the OAG and federal law enforcement, that harm is not likely: notice is the default.
 */
const HARM_LIKELY: TGate = { kind: "harm", need: "risk", onUnknown: "applies", label: "harm likely (no determination after consulting the OAG)" };

const GLBA_CRA_NOTE = "Not for entities that must notify consumer reporting agencies under GLBA Title V (not applied by the engine)";

export const RULES: readonly TRule[] = [
  { id: "US-DC-28-3852-IND", version: V1, recipient: "Affected District of Columbia residents", region: "US-DC", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, HARM_LIKELY]), citation: "D.C. Code §§28-3851(1), (3), 28-3852(a), (a-1), (d)", verification: "V", lawEnforcementDelay: true },
  { id: "US-DC-28-3852-AG", version: V1, recipient: "Office of the Attorney General for the District of Columbia (written notice)", region: "US-DC",
    trigger: after("US-DC-28-3852-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC, gates: stateResidentGates(PI, [ACQUIRED, HARM_LIKELY, count(">=", 50)]),
    citation: "D.C. Code §28-3852(b-1), (b-2), (g)", verification: "V", lawEnforcementDelay: true,
    notes: ["No later than the resident notice; not to be delayed because the number of residents is not yet known", "Required in all cases, also where HIPAA or GLBA procedures satisfy the resident notice"] },
  { id: "US-DC-28-3852-CRA", version: V1, recipient: "All nationwide consumer reporting agencies", region: "US-DC", trigger: after("US-DC-28-3852-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, HARM_LIKELY, count(">", 1000)]), citation: "D.C. Code §28-3852(c)", verification: "V", notes: [GLBA_CRA_NOTE] },
  { id: "US-DC-28-3852-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-DC", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "D.C. Code §28-3852(b)", verification: "V", lawEnforcementDelay: true },
  { id: "US-DC-28-3852.02-CM", version: V1, recipient: "Affected D.C. residents (identity-theft protection for at least 18 months, offered with the notice)", region: "US-DC",
    trigger: after("US-DC-28-3852-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, HARM_LIKELY, { kind: "categories", any: ["national_id_number"], label: "Social Security or taxpayer identification number" }]),
    citation: "D.C. Code §28-3852.02", verification: "V" },
];
