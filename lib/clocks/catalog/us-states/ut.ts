import { ACQUIRED, after, at, count, days, NONE, PROCESSOR, sector, stateResidentGates, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";

/** Utah: rows of the jurisdiction reference for US states (Protection of Personal Information Act). */

export const RULE_IDS = [
  "US-UT-13-44-202-IND", "US-UT-13-44-202-AG", "US-UT-13-44-202-CRA", "US-UT-13-44-202-VND", "US-UT-63A-19-405-GOV",
] as const;

/** Utah Code §13-44-102(4): name with SSN, driver licence or state ID number, or account + code. */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] } as const satisfies TStatePi;

const SALT_LAKE = zone("America/Denver");

/** §13-44-202(1): notice only when the investigation reveals that misuse occurred or is reasonably likely. */
const MISUSE: TGate = { kind: "harm", need: "risk", onUnknown: "undetermined", label: "misuse for identity theft or fraud occurred or reasonably likely" };

export const RULES: readonly TRule[] = [
  { id: "US-UT-13-44-202-IND", version: V1, recipient: "Affected Utah residents", region: "US-UT", trigger: at("breachDetermined"), deadline: NONE, zone: SALT_LAKE,
    gates: stateResidentGates(PI, [ACQUIRED, MISUSE]), citation: "Utah Code §13-44-202(1)-(2), (4)", verification: "S", lawEnforcementDelay: true,
    notes: ["The investigation starts on becoming aware; notice follows the finding that misuse occurred or is likely (breachDetermined)"] },
  { id: "US-UT-13-44-202-AG", version: V1, recipient: "Utah Attorney General and Utah Cyber Center", region: "US-UT", trigger: after("US-UT-13-44-202-IND"),
    deadline: { kind: "sameAsUpstream" }, zone: SALT_LAKE, gates: stateResidentGates(PI, [ACQUIRED, MISUSE, count(">=", 500)]),
    citation: "Utah Code §13-44-202 (S.B. 127, 2023; S.B. 98, 2024)", verification: "S",
    notes: ["No day count of its own: 'in addition to' the resident notice, so due no later than it"] },
  { id: "US-UT-13-44-202-CRA", version: V1, recipient: "Each nationwide consumer reporting agency", region: "US-UT", trigger: after("US-UT-13-44-202-IND"), deadline: NONE,
    zone: SALT_LAKE, gates: stateResidentGates(PI, [ACQUIRED, MISUSE, count(">=", 1000)]), citation: "Utah Code §13-44-202 (S.B. 127, 2023)", verification: "S" },
  { id: "US-UT-13-44-202-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-UT", trigger: at("discovered"), deadline: NONE, zone: SALT_LAKE,
    gates: stateResidentGates(PI, [ACQUIRED, MISUSE], PROCESSOR), citation: "Utah Code §13-44-202(3)", verification: "S", lawEnforcementDelay: true },
  { id: "US-UT-63A-19-405-GOV", version: V1, recipient: "Utah Cyber Center (and the Attorney General when 500 or more individuals are affected)", region: "US-UT",
    trigger: at("discovered"), deadline: days(5), zone: SALT_LAKE, gates: [sector("publicAgency", "a Utah governmental entity")],
    citation: "Utah Code §63A-19-405", verification: "V",
    uncertain: "A later copy adds notice to each individual and the Attorney General in (1)(c) while the 5 days in (2) cover 'the notification under Subsection (1)': whether individuals must be told within 5 days is unresolved (§63A-19-406 says without unreasonable delay)",
    notes: ["Any data breach (personal data of 500 or more individuals, or data compromising the entity's systems) goes to the Cyber Center"] },
];
