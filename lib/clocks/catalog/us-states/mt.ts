import { ACQUIRED, after, at, NONE, sector, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmFinding, maintainerGates, ownerGates, SAME_AS_UPSTREAM, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Montana (Mont. Code Ann. §30-14-1704; insurance §33-19-321). */

export const RULE_IDS = [
  "US-MT-30-14-1704-IND", "US-MT-30-14-1704-AG", "US-MT-30-14-1704-CRA", "US-MT-30-14-1704-VND",
  "US-MT-33-19-321-INS-IND", "US-MT-33-19-321-INS",
] as const;

/** §30-14-1704(4): taxpayer ID and IRS identity-protection PIN count as national ids; medical records; electronic only. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "health"],
  accountAlone: false,
  alone: [],
};

const DENVER = zone("America/Denver");
const LOSS_OR_INJURY = harmFinding("actual or reasonably believed loss or injury to a Montana resident");
const INSURANCE = sector("insurance", "a Montana insurance licensee or insurance-support organization");

export const RULES = stateRows("MT", [
  { id: "US-MT-30-14-1704-IND", recipient: "Affected Montana residents", trigger: at("discovered"), deadline: NONE, zone: DENVER,
    gates: ownerGates(PI, [ACQUIRED, LOSS_OR_INJURY]), citation: "Mont. Code Ann. §30-14-1704", verification: "V", lawEnforcementDelay: true },
  { id: "US-MT-30-14-1704-AG", recipient: "Montana DOJ Office of Consumer Protection", trigger: after("US-MT-30-14-1704-IND"), deadline: SAME_AS_UPSTREAM, zone: DENVER,
    gates: ownerGates(PI, [ACQUIRED, LOSS_OR_INJURY]), citation: "Mont. Code Ann. §30-14-1704 (HB 74, 2015)", verification: "V",
    constraint: "Simultaneously with the resident notice: an electronic copy without personal identifiers, the number of Montana residents notified, the date and method" },
  { id: "US-MT-30-14-1704-CRA", recipient: "The consumer reporting agency named in the resident notice", trigger: at("discovered"), deadline: NONE, zone: DENVER,
    gates: ownerGates(PI, [ACQUIRED, LOSS_OR_INJURY]), citation: "Mont. Code Ann. §30-14-1704", verification: "S",
    constraint: "Only if the resident notice says the person may obtain a copy of their file from a CRA: coordinate with that CRA before or with the notice" },
  { id: "US-MT-30-14-1704-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: DENVER,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "Mont. Code Ann. §30-14-1704", verification: "S", lawEnforcementDelay: true },
  { id: "US-MT-33-19-321-INS-IND", recipient: "Affected individuals (insurance)", trigger: at("discovered"), deadline: NONE, zone: DENVER,
    gates: [INSURANCE, ...ownerGates(PI, [ACQUIRED])], citation: "Mont. Code Ann. §33-19-321(1)", verification: "V", lawEnforcementDelay: true },
  { id: "US-MT-33-19-321-INS", recipient: "Montana Commissioner of Securities and Insurance", trigger: after("US-MT-33-19-321-INS-IND"), deadline: SAME_AS_UPSTREAM, zone: DENVER,
    gates: [INSURANCE, ...ownerGates(PI, [ACQUIRED])], citation: "Mont. Code Ann. §33-19-321 (HB 74, 2015)", verification: "U",
    uncertain: "Timing and form not read: 'simultaneously' with the individual notice is assumed, as HB 74 requires for the Attorney General copy under §30-14-1704" },
]);
