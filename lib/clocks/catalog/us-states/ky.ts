import { ACQUIRED, at, count, days, flag, hours, NONE, NYC, PD, sector } from "@/lib/clocks/catalog/blocks";
import type { TStatePi, TGate } from "@/lib/clocks/catalog/model";
import {
  CORE_PI, earliestOf, harmFinding, maintainerGates, NO_KEY_CLAUSE, not, NOT_HIPAA_ENTITY, notSector, ownerGates, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/** Kentucky (KRS 365.732; public agencies KRS 61.931-.934; Insurance Data Security, KRS 304.3-750 to -768). */

export const RULE_IDS = [
  "US-KY-365.732-IND", "US-KY-365.732-CRA", "US-KY-365.732-VND", "US-KY-304.3-760-INS", "US-KY-61.933-REG",
  "US-KY-61.932-VND", "US-KY-61.933-IND",
] as const;

/** KRS 365.732(1)(c): computerized data only. */
export const PI: TStatePi = CORE_PI;

const NEW_YORK = NYC;
const IDENTITY_THEFT = harmFinding("actual or reasonably believed identity theft or fraud");
const PUBLIC_AGENCY = sector("publicAgency", "a Kentucky public agency (KRS 61.931)");

/** KRS 365.732 excludes GLBA and HIPAA entities and public agencies (KRS 61.931-.934 govern those). */
const INFORMATION_HOLDER: TGate[] = [
  NOT_HIPAA_ENTITY,
  not(flag("ftcFinancialInstitution", "not a GLBA financial institution"), "a GLBA financial institution (excluded)"),
  notSector("publicAgency", "a Kentucky public agency (KRS 61.931-.934 apply instead)"),
];

export const RULES = stateRows("KY", [
  { id: "US-KY-365.732-IND", recipient: "Affected Kentucky residents", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: [...INFORMATION_HOLDER, ...ownerGates(PI, [ACQUIRED, IDENTITY_THEFT])], citation: "KRS 365.732(1),(2),(4)", verification: "V", lawEnforcementDelay: true,
    uncertain: NO_KEY_CLAUSE },
  { id: "US-KY-365.732-CRA", recipient: "All nationwide consumer reporting agencies", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: [...INFORMATION_HOLDER, ...ownerGates(PI, [ACQUIRED, IDENTITY_THEFT, count(">", 1000)])], citation: "KRS 365.732", verification: "S" },
  { id: "US-KY-365.732-VND", recipient: "Owner or licensee (notified by the maintainer)", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: [...INFORMATION_HOLDER, ...maintainerGates(PI, [ACQUIRED])], citation: "KRS 365.732", verification: "S" },
  { id: "US-KY-304.3-760-INS", recipient: "Kentucky Commissioner of Insurance (eServices portal)", trigger: at("cybersecurityIncidentDetermined"), deadline: days(3), zone: NEW_YORK,
    gates: [sector("insurance", "a Kentucky insurance licensee"), { kind: "employees", op: ">=", n: 50 }], citation: "KRS 304.3-760; 806 KAR 3:250 §3", verification: "U",
    uncertain: "Secondary sources say 'within three days'; whether business or calendar days, and the reporting criteria of KRS 304.3-760, were not read: 3 calendar days (the earlier) are shown" },
  { id: "US-KY-61.933-REG", recipient: "Kentucky State Police commissioner, Auditor of Public Accounts and Attorney General (and the agency's oversight body)",
    trigger: earliestOf("breachDetermined", "vendorNoticeReceived"),
    deadline: hours(72), zone: NEW_YORK,
    gates: [PUBLIC_AGENCY, PD], citation: "KRS 61.933(1)(a); 200 KAR 1:016", verification: "V", lawEnforcementDelay: true },
  { id: "US-KY-61.932-VND", recipient: "The contracting Kentucky agency", trigger: earliestOf("breachDetermined", "discovered"), deadline: hours(72), zone: NEW_YORK,
    gates: [sector("publicAgencyContractor", "a nonaffiliated third party holding personal information for a Kentucky agency"), PD],
    citation: "KRS 61.932-.933", verification: "S" },
  { id: "US-KY-61.933-IND", recipient: "Affected individuals (Kentucky public agency)", trigger: at("breachDetermined"), deadline: NONE, zone: NEW_YORK,
    gates: [PUBLIC_AGENCY, PD, harmFinding("actual or likely misuse")], citation: "KRS 61.933", verification: "U", lawEnforcementDelay: true,
    uncertain: "The period for notifying individuals after the agency's investigation was not read (text not found on 2026-12-02): counsel to confirm" },
]);
