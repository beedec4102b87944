import { ACQUIRED, after, at, count, NONE, sector, V3, zone } from "@/lib/clocks/catalog/blocks";
import type { TStatePi } from "@/lib/clocks/catalog/model";
import {
  CORE_PI, harmUnlessNoHarmFinding, maintainerGates, naicInsuranceGates, NO_TRIGGER, notSector, ownerGates, PROPOSED, stateBusinessDays, stateCalendarNote, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Michigan (Identity Theft Protection Act, MCL 445.61-445.79d; Insurance Code ch. 5A, MCL 500.550-500.565). */

export const RULE_IDS = [
  "US-MI-445.72-IND", "US-MI-445.72-CRA", "US-MI-445.72-VND", "US-MI-500.559-INS", "US-MI-500.561-INS-IND",
  "US-MI-500.561-INS-CRA", "US-MI-445.72-AG",
] as const;

/** MCL 445.63(r): computerized data only. */
export const PI: TStatePi = CORE_PI;

const DETROIT = zone("America/Detroit");
const SUBSTANTIAL_LOSS = harmUnlessNoHarmFinding("likelihood of substantial loss or injury to, or identity theft of, a Michigan resident");
/** MCL 445.64: entities subject to the Insurance Code follow its chapter 5A instead. */
const NOT_INSURANCE = notSector("insurance", "subject to the Insurance Code (MCL 445.64: chapter 5A applies instead)");
const INSURANCE = sector("insurance", "a Michigan insurance licensee");

export const RULES = stateRows("MI", [
  { id: "US-MI-445.72-IND", recipient: "Affected Michigan residents", trigger: at("discovered"), deadline: NONE, zone: DETROIT,
    gates: [NOT_INSURANCE, ...ownerGates(PI, [ACQUIRED, SUBSTANTIAL_LOSS])], citation: "MCL 445.72(1),(4),(6); 445.63; 445.64", verification: "S", lawEnforcementDelay: true },
  { id: "US-MI-445.72-CRA", recipient: "Each nationwide consumer reporting agency", trigger: after("US-MI-445.72-IND"), deadline: NONE, zone: DETROIT,
    gates: [NOT_INSURANCE, ...ownerGates(PI, [ACQUIRED, SUBSTANTIAL_LOSS, count(">", 1000)])], citation: "MCL 445.72(8)", verification: "S" },
  { id: "US-MI-445.72-VND", recipient: "Owner or licensor (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: DETROIT,
    gates: [NOT_INSURANCE, ...maintainerGates(PI, [ACQUIRED, SUBSTANTIAL_LOSS])], citation: "MCL 445.72(2)", verification: "U",
    uncertain: "Wording of MCL 445.72(2) not read: 'without unreasonable delay' and the harm exception are assumed from the owner's rule" },
  // V3: business days on MCL 435.101 (date-holidays counted Christmas Eve, New Year's Eve and Friday/Monday
  // substitutes, and lacked Lincoln's Birthday).
  { id: "US-MI-500.559-INS", version: V3, recipient: "Director, Department of Insurance and Financial Services (form FIS 2359)", trigger: at("cybersecurityIncidentDetermined"),
    deadline: stateBusinessDays(10, "MI"), zone: DETROIT,
    gates: naicInsuranceGates("Michigan"), citation: "MCL 500.559 (PA 690 of 2018)", verification: "V", notes: [stateCalendarNote("Michigan")] },
  { id: "US-MI-500.561-INS-IND", recipient: "Affected Michigan consumers", trigger: at("discovered"), deadline: NONE, zone: DETROIT,
    gates: [INSURANCE, ...ownerGates(PI, [ACQUIRED, SUBSTANTIAL_LOSS])], citation: "MCL 500.561", verification: "V", lawEnforcementDelay: true },
  { id: "US-MI-500.561-INS-CRA", recipient: "Nationwide consumer reporting agencies", trigger: after("US-MI-500.561-INS-IND"), deadline: NONE, zone: DETROIT,
    gates: [INSURANCE, ...ownerGates(PI, [ACQUIRED, SUBSTANTIAL_LOSS, count(">", 1000)])], citation: "MCL 500.561", verification: "U",
    uncertain: "Threshold not read: assumed to mirror MCL 445.72(8) (more than 1,000)" },
  { id: "US-MI-445.72-AG", recipient: "Michigan Attorney General", trigger: NO_TRIGGER, deadline: NONE, zone: DETROIT,
    gates: [PROPOSED], citation: "SB 360 of 2025 (passed the Senate; not enacted on our sources)", verification: "P" },
]);
