import { ACQUIRED, after, at, businessDays, count, NONE, NYC, PROCESSOR, stateResidentGates, V1 } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { NAIC_GOVERNMENT_NOTICE_NOTE, naicInsuranceGates } from "@/lib/clocks/catalog/naic-insurance";

/** Pennsylvania: rows of the jurisdiction reference for US states (73 P.S. §2301 et seq., Act 33 of 2024). */

export const RULE_IDS = [
  "US-PA-2303-IND", "US-PA-2303-AG", "US-PA-2305-CRA", "US-PA-2303-VND", "US-PA-2303-CM", "US-PA-40-45-INS",
] as const;

/**
 * 73 P.S. §2302 as amended in 2022 and 2024: name with SSN, driver's licence or state ID, account + code, health
 * insurance information (medical information only in a state agency's or contractor's hands: `health` counts for
 * everyone here), or a user name or e-mail with its password or security answer (in the name-linked list).
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "health", "online_credentials"], accountAlone: false, alone: [],
} as const satisfies TStatePi;

/** §2302: loss or injury to a resident is part of the definition of a breach, so it needs a finding. */
const LOSS_OR_INJURY: TGate = { kind: "harm", need: "risk", onUnknown: "undetermined", label: "loss or injury caused or reasonably believed" };

export const RULES: readonly TRule[] = [
  { id: "US-PA-2303-IND", version: V1, recipient: "Affected Pennsylvania residents", region: "US-PA", trigger: at("breachDetermined"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, LOSS_OR_INJURY]), citation: "73 P.S. §2303 (Act 151 of 2022)", verification: "S", lawEnforcementDelay: true,
    notes: ["Since 2 May 2023 the clock starts at the determination of the breach (verification or reasonable certainty), not discovery"] },
  { id: "US-PA-2303-AG", version: V1, recipient: "Pennsylvania Office of Attorney General (online portal)", region: "US-PA", trigger: after("US-PA-2303-IND"),
    deadline: { kind: "sameAsUpstream" }, zone: NYC, gates: stateResidentGates(PI, [ACQUIRED, LOSS_OR_INJURY, count(">", 500)]),
    citation: "73 P.S. §2303(c.1), (c.2) (Act 33 of 2024)", verification: "S",
    notes: ["Concurrently with the resident notice", "Entities subject to 40 Pa.C.S. Ch. 45 (insurance data security) are exempt under (c.2); the engine does not apply the exemption"] },
  { id: "US-PA-2305-CRA", version: V1, recipient: "Nationwide consumer reporting agencies", region: "US-PA", trigger: after("US-PA-2303-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, LOSS_OR_INJURY, count(">=", 500)]), citation: "73 P.S. §2305 (as amended by Act 33 of 2024)", verification: "S",
    uncertain: "Comparator: 'more than 500' in most summaries, '500 or more' in others; the enacted text was not read. 500 or more (notifies in more cases) is used" },
  { id: "US-PA-2303-VND", version: V1, recipient: "Entity on whose behalf the vendor maintains, stores or manages the data", region: "US-PA", trigger: at("discovered"),
    deadline: NONE, zone: NYC, gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "73 P.S. §2303(c)", verification: "S" },
  { id: "US-PA-2303-CM", version: V1, recipient: "Affected Pennsylvania residents (12 months of credit monitoring and a credit report, offered with the notice)", region: "US-PA",
    trigger: after("US-PA-2303-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, LOSS_OR_INJURY,
      { kind: "categories", any: ["national_id_number", "financial_account", "government_id_document"], label: "SSN, bank account number or driver's licence / state ID number" }]),
    citation: "Breach of Personal Information Notification Act as amended by Act 33 of 2024 (credit reporting and monitoring)", verification: "S",
    uncertain: "Secondaries differ on whether every breach with an SSN, bank account or licence/ID number needs the offer or only those needing consumer-reporting-agency notice; the broader reading is used" },
  { id: "US-PA-40-45-INS", version: V1, recipient: "Pennsylvania Insurance Commissioner", region: "US-PA", trigger: at("cybersecurityIncidentDetermined"),
    deadline: businessDays(5, "US-PA"), zone: NYC, gates: naicInsuranceGates("Pennsylvania"), citation: "40 Pa.C.S. §4501 et seq. (Act 2 of 2023)", verification: "V",
    uncertain: "Notification triggers not read: the NAIC domicile / 250-consumer criteria are assumed; one law-firm note starts the 5 business days at discovery",
    notes: [NAIC_GOVERNMENT_NOTICE_NOTE, "In force 11 Dec 2023"] },
];
