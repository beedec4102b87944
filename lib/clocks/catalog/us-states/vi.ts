import { ACQUIRED, at, NONE, PROCESSOR, stateResidentGates, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";

/** U.S. Virgin Islands: rows of the jurisdiction reference for US states. No regulator or agency notice. */

export const RULE_IDS = [
  "US-VI-2208-IND", "US-VI-2208-VND",
] as const;

/** 14 V.I.C. §2208: name with SSN, driver's licence number, or account + code. */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] } as const satisfies TStatePi;

const CHARLOTTE_AMALIE = zone("America/St_Thomas");

export const RULES: readonly TRule[] = [
  { id: "US-VI-2208-IND", version: V1, recipient: "Affected U.S. Virgin Islands residents", region: "US-VI", trigger: at("discovered"), deadline: NONE, zone: CHARLOTTE_AMALIE,
    gates: stateResidentGates(PI, [ACQUIRED]), citation: "14 V.I.C. §§2208, 2209", verification: "S", lawEnforcementDelay: true,
    notes: ["No harm threshold. Which of §§2208 (agencies) and 2209 covers businesses is unverified; both say the same"] },
  { id: "US-VI-2208-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-VI", trigger: at("discovered"), deadline: NONE, zone: CHARLOTTE_AMALIE,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "14 V.I.C. §2208/§2209 (maintainer subsection)", verification: "U",
    uncertain: "The maintainer's duty ('immediately following discovery', California model) was not read in the statute. Shown until counsel confirms" },
];
