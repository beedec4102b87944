import { ACQUIRED, after, at, businessDays, count, days, NONE, NYC, PROCESSOR, stateResidentGates, V1, V3 } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { NAIC_GOVERNMENT_NOTICE_NOTE, naicInsuranceGates } from "@/lib/clocks/catalog/naic-insurance";

/** Ohio: rows of the jurisdiction reference for US states. No Attorney General notice (none in §1349.19). */

export const RULE_IDS = [
  "US-OH-1349.19-IND", "US-OH-1349.19-CRA", "US-OH-1349.19-VND", "US-OH-3965.04-INS",
] as const;

/** Ohio Rev. Code §1349.19(A)(7): name with SSN, driver's licence or state ID number, or account + code. */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] } as const satisfies TStatePi;

/** §1349.19(A)(1)(a): the material-risk test is part of the definition of a breach, so it needs a finding. */
const MATERIAL_RISK: TGate = { kind: "harm", need: "risk", onUnknown: "undetermined", label: "material risk of identity theft or other fraud" };

export const RULES: readonly TRule[] = [
  { id: "US-OH-1349.19-IND", version: V1, recipient: "Affected Ohio residents", region: "US-OH", trigger: at("discovered"), deadline: days(45), zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, MATERIAL_RISK]), citation: "Ohio Rev. Code §1349.19(A), (B)", verification: "S", lawEnforcementDelay: true },
  { id: "US-OH-1349.19-CRA", version: V1, recipient: "Nationwide consumer reporting agencies", region: "US-OH", trigger: after("US-OH-1349.19-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, MATERIAL_RISK, count(">", 1000)]), citation: "Ohio Rev. Code §1349.19(G)", verification: "S" },
  { id: "US-OH-1349.19-VND", version: V1, recipient: "Owner or licensee (or governmental entity) for which the data are held", region: "US-OH", trigger: at("discovered"),
    deadline: NONE, zone: NYC, gates: stateResidentGates(PI, [ACQUIRED, MATERIAL_RISK], PROCESSOR), citation: "Ohio Rev. Code §1349.19(C)", verification: "S",
    notes: ["Clock start 'following discovery' (one summary: 'following determination'); discovery, the earlier, is shown"] },
  // V3: business days on Ohio Rev. Code §1.14 (date-holidays added federal Friday/Monday substitutes).
  { id: "US-OH-3965.04-INS", version: V3, recipient: "Ohio Superintendent of Insurance", region: "US-OH", trigger: at("cybersecurityIncidentDetermined"),
    deadline: businessDays(3, "US-OH"), zone: NYC, gates: naicInsuranceGates("Ohio"), citation: "Ohio Rev. Code §3965.04", verification: "V",
    notes: [NAIC_GOVERNMENT_NOTICE_NOTE] },
];
