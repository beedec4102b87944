import { ACQUIRED, at, CONTROLLER, NONE, PD, pi, PROCESSOR, RESIDENTS, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";

/** Wyoming: rows of the jurisdiction reference for US states. No Attorney General or agency notice. */

export const RULE_IDS = [
  "US-WY-40-12-502-IND", "US-WY-40-12-502-VND",
] as const;

/**
 * Wyo. Stat. §40-12-501 → §6-3-901(b)(iii)-(xiv): name with SSN or taxpayer ID, driver's licence, tribal, federal or
 * state ID card, birth or marriage certificate, account + code, user name or e-mail with its password, medical or
 * health-insurance information, or biometric data. A name is needed even for credentials.
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "online_credentials", "health", "biometric"], accountAlone: false, alone: [],
} as const satisfies TStatePi;

const CHEYENNE = zone("America/Denver");

/** §40-12-502(a): notice when the investigation finds that misuse occurred or is reasonably likely. */
const MISUSE: TGate = { kind: "harm", need: "risk", onUnknown: "undetermined", label: "misuse of personal identifying information occurred or reasonably likely" };

// No encryption gate: the statute has no express safe harbour (only redacted elements are excluded).
const NO_SAFE_HARBOUR =
  "No express encryption safe harbour (only redacted elements are excluded); whether encrypted data fall outside 'materially compromises' is for counsel, so encryption does not take this row out";

export const RULES: readonly TRule[] = [
  { id: "US-WY-40-12-502-IND", version: V1, recipient: "Affected Wyoming residents", region: "US-WY", trigger: at("breachDetermined"), deadline: NONE, zone: CHEYENNE,
    gates: [CONTROLLER, PD, RESIDENTS, pi(PI), ACQUIRED, MISUSE], citation: "Wyo. Stat. §40-12-502(a), (b), (e)", verification: "V", lawEnforcementDelay: true,
    uncertain: NO_SAFE_HARBOUR,
    notes: ["The investigation starts on becoming aware; notice follows the finding that misuse occurred or is likely (breachDetermined)"] },
  { id: "US-WY-40-12-502-VND", version: V1, recipient: "Owner or licensee (the entity for which the data are maintained)", region: "US-WY", trigger: at("breachDetermined"),
    deadline: NONE, zone: CHEYENNE, gates: [PROCESSOR, PD, RESIDENTS, pi(PI), ACQUIRED], citation: "Wyo. Stat. §40-12-502 (third-party subsection)", verification: "S",
    uncertain: "Wording conflicts: 'as soon as practicable following the determination' (Perkins Coie) or 'most expedient time possible' (Recordinglaw); neither sets a day count. Encryption does not take this row out (no express safe harbour)",
    notes: ["The parties may agree which of them gives the single notice; without agreement the owner notifies"] },
];
