import { ACQUIRED, at, count, NONE, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmFinding, maintainerGates, NO_KEY_CLAUSE, ownerGates, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Kansas (K.S.A. 50-7a01, 50-7a02). */

export const RULE_IDS = ["US-KS-50-7a02-IND", "US-KS-50-7a02-CRA", "US-KS-50-7a02-VND"] as const;

/** K.S.A. 50-7a01(g): an account or card number counts alone or with its code; computerized data only. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document"],
  accountAlone: true,
  alone: [],
};

const CHICAGO = zone("America/Chicago");
const MISUSE = harmFinding("actual or likely misuse (identity theft)");

export const RULES = stateRows("KS", [
  { id: "US-KS-50-7a02-IND", recipient: "Affected Kansas residents", trigger: at("aware"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, MISUSE]), citation: "K.S.A. 50-7a02(a),(c),(g); 50-7a01", verification: "V", lawEnforcementDelay: true,
    uncertain: NO_KEY_CLAUSE },
  { id: "US-KS-50-7a02-CRA", recipient: "All nationwide consumer reporting agencies", trigger: at("aware"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, MISUSE, count(">", 1000)]), citation: "K.S.A. 50-7a02", verification: "S" },
  { id: "US-KS-50-7a02-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "K.S.A. 50-7a02(b)", verification: "V", lawEnforcementDelay: true },
]);
