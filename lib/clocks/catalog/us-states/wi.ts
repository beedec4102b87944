import { ACQUIRED, after, at, businessDays, count, days, NONE, PROCESSOR, stateResidentGates, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { NAIC_GOVERNMENT_NOTICE_NOTE, naicInsuranceGates } from "@/lib/clocks/catalog/naic-insurance";

/** Wisconsin: rows of the jurisdiction reference for US states. No Attorney General notice. */

export const RULE_IDS = [
  "US-WI-134.98-IND", "US-WI-134.98-CRA", "US-WI-134.98-VND", "US-WI-601.954-INS",
] as const;

/**
 * Wis. Stat. §134.98(1)(b): name with SSN, driver's licence or state ID, account or card number, or any code or
 * password for the account (each alone with the name), DNA profile, or unique biometric data.
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "financial_access_code", "genetic", "biometric"], accountAlone: true, alone: [],
} as const satisfies TStatePi;

const MADISON = zone("America/Chicago");

/** §134.98(2)(cm): not required when the acquisition creates no material risk: notice is the default. */
const MATERIAL_RISK: TGate = { kind: "harm", need: "risk", onUnknown: "applies", label: "material risk of identity theft or fraud" };

export const RULES: readonly TRule[] = [
  { id: "US-WI-134.98-IND", version: V1, recipient: "Each affected individual (Wisconsin residents)", region: "US-WI", trigger: at("discovered"), deadline: days(45), zone: MADISON,
    gates: stateResidentGates(PI, [ACQUIRED, MATERIAL_RISK]), citation: "Wis. Stat. §134.98(2), (3)", verification: "S", lawEnforcementDelay: true,
    notes: ["'After the entity learns of the acquisition' (actual knowledge) is read as discovered, which is never later"] },
  { id: "US-WI-134.98-CRA", version: V1, recipient: "All nationwide consumer reporting agencies", region: "US-WI", trigger: after("US-WI-134.98-IND"), deadline: NONE, zone: MADISON,
    gates: stateResidentGates(PI, [ACQUIRED, MATERIAL_RISK, count(">=", 1000)]), citation: "Wis. Stat. §134.98(2)(br)", verification: "S",
    uncertain: "Comparator: '1,000 or more' in some compilations, 'more than 1,000' in others; the statute was not read. 1,000 or more (notifies in more cases) is used" },
  { id: "US-WI-134.98-VND", version: V1, recipient: "Owner or licensee (notified by the person storing the data)", region: "US-WI", trigger: at("discovered"), deadline: NONE,
    zone: MADISON, gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "Wis. Stat. §134.98(2)(bm)", verification: "S",
    notes: ["As soon as practicable; applies where no contract with the owner governs the notice (unverified)"] },
  { id: "US-WI-601.954-INS", version: V1, recipient: "Wisconsin Commissioner of Insurance (electronic)", region: "US-WI", trigger: at("cybersecurityIncidentDetermined"),
    deadline: businessDays(3, "US-WI"), zone: MADISON, gates: naicInsuranceGates("Wisconsin"), citation: "Wis. Stat. §601.954(1)(b)", verification: "V",
    notes: [NAIC_GOVERNMENT_NOTICE_NOTE] },
];
