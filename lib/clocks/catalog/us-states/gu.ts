import { ACQUIRED, at, NONE, PROCESSOR, stateResidentGates, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { FRAUD_IN_DEFINITION } from "@/lib/clocks/catalog/state-harm";

/** Guam: rows of the jurisdiction reference for US states (9 GCA ch. 48). No regulator or agency notice. */

export const RULE_IDS = [
  "US-GU-48.30-IND", "US-GU-48.30-VND",
] as const;

/** 9 GCA §48.20: name with SSN, driver's licence or Guam ID number, or account + code. */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] } as const satisfies TStatePi;

const HAGATNA = zone("Pacific/Guam");

export const RULES: readonly TRule[] = [
  { id: "US-GU-48.30-IND", version: V1, recipient: "Affected Guam residents", region: "US-GU", trigger: at("discovered"), deadline: NONE, zone: HAGATNA,
    gates: stateResidentGates(PI, [ACQUIRED, FRAUD_IN_DEFINITION]), citation: "9 GCA §§48.20, 48.30", verification: "S", lawEnforcementDelay: true },
  { id: "US-GU-48.30-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-GU", trigger: at("discovered"), deadline: NONE, zone: HAGATNA,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "9 GCA §48.30 (maintainer subsection)", verification: "U",
    uncertain: "The maintainer's duty ('as soon as practicable following discovery', West Virginia model) was not read in the statute; summaries say the chapter reaches entities that maintain data. Shown until counsel confirms" },
];
