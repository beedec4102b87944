import { ACQUIRED, after, at, count, days, NONE, NYC, PROCESSOR, sector, stateResidentGates, V1 } from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { FRAUD_IN_DEFINITION } from "@/lib/clocks/catalog/state-harm";

/** West Virginia: rows of the jurisdiction reference for US states. No Attorney General notice. */

export const RULE_IDS = [
  "US-WV-46A-2A-102-IND", "US-WV-46A-2A-102-CRA", "US-WV-46A-2A-102-VND", "US-WV-5A-6C-3-GOV",
] as const;

/** W. Va. Code §46A-2A-101(6): name with SSN, driver's licence or state ID number, or account + code. */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-WV-46A-2A-102-IND", version: V1, recipient: "Affected West Virginia residents", region: "US-WV", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, FRAUD_IN_DEFINITION]), citation: "W. Va. Code §46A-2A-102(a), (b)", verification: "V", lawEnforcementDelay: true },
  { id: "US-WV-46A-2A-102-CRA", version: V1, recipient: "All nationwide consumer reporting agencies", region: "US-WV", trigger: after("US-WV-46A-2A-102-IND"), deadline: NONE,
    zone: NYC, gates: stateResidentGates(PI, [ACQUIRED, FRAUD_IN_DEFINITION, count(">", 1000)]), citation: "W. Va. Code §46A-2A-102 (consumer-reporting-agency subsection)", verification: "S",
    notes: ["Does not apply to entities subject to GLBA Title V (not applied by the engine)"] },
  { id: "US-WV-46A-2A-102-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-WV", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "W. Va. Code §46A-2A-102(c)", verification: "V" },
  { id: "US-WV-5A-6C-3-GOV", version: V1, recipient: "West Virginia Cybersecurity Office", region: "US-WV", trigger: at("cybersecurityIncidentDetermined"), deadline: days(10), zone: NYC,
    gates: [sector("publicAgency", "a West Virginia executive agency, constitutional officer, local government, county board of education, Judiciary or Legislature")],
    citation: "W. Va. Code §§5A-6C-2, 5A-6C-3", verification: "V", constraint: "Before any notice to citizens",
    notes: ["Qualified incidents: reporting to regulators, law enforcement or citizens required by law, business substantially affected, or CISA severity emergency, severe or high; treated as met"] },
];
