import { ACQUIRED, at, count, days, NONE, PD, sector, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  harmUnlessNoHarmFinding, maintainerGates, NO_KEY_CLAUSE, ownerGates, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Arkansas (Personal Information Protection Act, Ark. Code §4-110-101 et seq.; Fair Mortgage Lending Act rule). */

export const RULE_IDS = [
  "US-AR-4-110-105-IND", "US-AR-4-110-105-AG", "US-AR-4-110-105-VND", "US-AR-214.00.2-5010-SEC",
] as const;

/** §4-110-103(7): biometric data used to authenticate identity; medical information; computerized data only. */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "health", "biometric"],
  accountAlone: false,
  alone: [],
};

const CHICAGO = zone("America/Chicago");
const HARM = harmUnlessNoHarmFinding("reasonable likelihood of harm to customers (written no-harm determination kept 5 years)");

export const RULES = stateRows("AR", [
  { id: "US-AR-4-110-105-IND", recipient: "Affected Arkansas residents", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, HARM]), citation: "Ark. Code §4-110-105(a),(c); §4-110-103", verification: "V", lawEnforcementDelay: true,
    uncertain: NO_KEY_CLAUSE },
  { id: "US-AR-4-110-105-AG", recipient: "Arkansas Attorney General", trigger: at("breachDetermined"), deadline: days(45), zone: CHICAGO,
    gates: ownerGates(PI, [ACQUIRED, HARM, count(">", 1000, "all")]), citation: "Ark. Code §4-110-105(b)(2) (Act 1030 of 2019)", verification: "V",
    noLaterThanNotice: "US-AR-4-110-105-IND", lawEnforcementDelay: true,
    uncertain: "The statute counts 'more than 1,000 individuals', not Arkansas residents; all affected individuals are counted (the wider reading)" },
  { id: "US-AR-4-110-105-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: CHICAGO,
    gates: maintainerGates(PI, [ACQUIRED]), citation: "Ark. Code §4-110-105(b)(1)", verification: "V" },
  // V3: business days on Ark. Code §1-5-101 (date-holidays added Juneteenth and Columbus Day).
  { id: "US-AR-214.00.2-5010-SEC", version: V3, recipient: "Arkansas Securities Commissioner", trigger: at("discovered"), deadline: stateBusinessDays(2, "AR"), zone: CHICAGO,
    gates: [sector("mortgageLicensee", "an Arkansas Fair Mortgage Lending Act licensee"), PD,
      { kind: "categories", any: ["national_id_number", "financial_account", "financial_access_code", "financial_other"], label: "borrower financial information or Social Security number" }],
    citation: "Ark. Admin. Code 214.00.2-5010", verification: "S", notes: [stateCalendarNote("Arkansas")] },
]);
