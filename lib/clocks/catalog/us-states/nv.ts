import { ACQUIRED, after, at, CONTROLLER, count, days, ENC, NONE, PD, pi, RESIDENTS, sector, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmFinding, maintainerGates, ownerGates, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Nevada (NRS 603A.010-603A.290; installment-loan licensees NRS 675.283). */

export const RULE_IDS = ["US-NV-603A.220-IND", "US-NV-603A.220-CRA", "US-NV-603A.220-VND", "US-NV-675.283-FIN"] as const;

/**
 * NRS 603A.040: medical and health-insurance id numbers count; online credentials count (whether they need the name
 * is unsettled: counted alone, the wider reading). Electronic data only.
 */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "health"],
  accountAlone: false,
  alone: ["online_credentials"],
};

const LOS_ANGELES = zone("America/Los_Angeles");

export const RULES = stateRows("NV", [
  { id: "US-NV-603A.220-IND", recipient: "Affected Nevada residents", trigger: at("discovered"), deadline: NONE, zone: LOS_ANGELES,
    gates: ownerGates(PI, [ACQUIRED]), citation: "NRS 603A.220(1),(3)", verification: "V", lawEnforcementDelay: true,
    uncertain: "A newer text opens 'Except as otherwise provided in subsection 7'; that exception was not read" },
  { id: "US-NV-603A.220-CRA", recipient: "All nationwide consumer reporting agencies", trigger: after("US-NV-603A.220-IND"), deadline: NONE, zone: LOS_ANGELES,
    gates: ownerGates(PI, [ACQUIRED, count(">", 1000)]), citation: "NRS 603A.220(6)", verification: "S" },
  { id: "US-NV-603A.220-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: LOS_ANGELES,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "NRS 603A.220(2)", verification: "V", lawEnforcementDelay: true },
  { id: "US-NV-675.283-FIN", recipient: "Affected Nevada residents (installment-loan licensee)", trigger: at("discovered"), deadline: days(30), zone: LOS_ANGELES,
    gates: [sector("consumerLender", "a Nevada installment-loan licensee (NRS ch. 675)"), CONTROLLER, PD, RESIDENTS, pi(PI), ENC, ACQUIRED,
      harmFinding("reasonable likelihood of a risk of harm to the resident")],
    citation: "NRS 675.283", verification: "V", lawEnforcementDelay: true },
]);
