import { ACQUIRED, after, at, NONE, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmFinding, maintainerGates, ownerGates, SAME_AS_UPSTREAM, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Nebraska (Financial Data Protection and Consumer Notification of Data Security Breach Act of 2006, Neb. Rev. Stat. §87-801 et seq.). */

export const RULE_IDS = ["US-NE-87-803-IND", "US-NE-87-803-AG", "US-NE-87-803-VND"] as const;

/** §87-802(5): biometric data count; a username or e-mail with its password or security Q&A counts alone. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "biometric"],
  accountAlone: false,
  alone: ["online_credentials"],
};

const CHICAGO = zone("America/Chicago");
const MISUSE = harmFinding("actual or likely use for an unauthorized purpose");

export const RULES = stateRows("NE", [
  { id: "US-NE-87-803-IND", recipient: "Affected Nebraska residents", trigger: at("aware"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, MISUSE]), citation: "Neb. Rev. Stat. §87-803(1); §87-802(3)", verification: "V", lawEnforcementDelay: true },
  { id: "US-NE-87-803-AG", recipient: "Nebraska Attorney General", trigger: after("US-NE-87-803-IND"), deadline: SAME_AS_UPSTREAM, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, MISUSE]), citation: "Neb. Rev. Stat. §87-803(2)", verification: "V" },
  { id: "US-NE-87-803-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("aware"), deadline: NONE, zone: CHICAGO,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "Neb. Rev. Stat. §87-803(3)", verification: "U",
    uncertain: "The duty to give notice to and cooperate with the owner was read; its timing words were not (text cut off on 2026-12-02)" },
]);
