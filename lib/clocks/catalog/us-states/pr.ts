import { ACCESSED, at, days, ENC, NONE, PD, pi, PROCESSOR, RESIDENTS, sector, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";

/**
 * Puerto Rico: rows of the jurisdiction reference for US states (Citizen Information on Data Banks
 * Security Act, Act 111-2005 as amended by Act 97-2008). No consumer-reporting-agency notice.
 */

export const RULE_IDS = [
  "US-PR-4052-IND", "US-PR-4052-DACO", "US-PR-4052-VND", "US-PR-4054a-GOV",
] as const;

/**
 * 10 L.P.R.A. §4051 (per secondaries): name with SSN, driver's licence, voter or other official ID, bank or financial
 * account number with or without its code, user names with passwords or access codes, HIPAA medical information, tax
 * information (`financial_other`) or work-related evaluations (`employment`).
 */
export const PI = {
  withName: ["national_id_number", "government_id_document", "online_credentials", "health", "financial_other", "employment"], accountAlone: true, alone: [],
} as const satisfies TStatePi;

const SAN_JUAN = zone("America/Puerto_Rico");

/** §4052: owners and custodians of the database notify; no harm threshold; files protected by encryption are out. */
const RESIDENT_GATES: TGate[] = [PD, RESIDENTS, pi(PI), ENC, ACCESSED];

export const RULES: readonly TRule[] = [
  { id: "US-PR-4052-IND", version: V1, recipient: "Affected Puerto Rico residents", region: "US-PR", trigger: at("discovered"), deadline: NONE, zone: SAN_JUAN,
    gates: RESIDENT_GATES, citation: "10 L.P.R.A. §§4052, 4053", verification: "V", lawEnforcementDelay: true,
    notes: ["As expeditiously as possible, taking into account law enforcement's needs and the restoration of system security", "Owners and custodians of the database both notify: no role restriction"] },
  { id: "US-PR-4052-DACO", version: V1, recipient: "Departamento de Asuntos del Consumidor (DACO)", region: "US-PR", trigger: at("discovered"), deadline: days(10), zone: SAN_JUAN,
    gates: RESIDENT_GATES, citation: "10 L.P.R.A. §4052", verification: "V",
    uncertain: "'Término improrrogable de diez (10) días': calendar or working days is not stated; calendar days (the shorter) are used, with no roll-forward",
    notes: ["Non-extendable; no law-enforcement carve-out for this report. DACO publishes the breach within 24 hours of receipt"] },
  { id: "US-PR-4052-VND", version: V1, recipient: "Owner, custodian or holder of the information", region: "US-PR", trigger: at("discovered"), deadline: NONE, zone: SAN_JUAN,
    gates: [PROCESSOR, ...RESIDENT_GATES], citation: "10 L.P.R.A. §4052", verification: "V",
    notes: ["Entities that resell or provide access to digital data banks; the statute states no time"] },
  { id: "US-PR-4054a-GOV", version: V1, recipient: "Oficina del Procurador del Ciudadano (Ombudsman)", region: "US-PR", trigger: at("discovered"), deadline: NONE, zone: SAN_JUAN,
    gates: [sector("publicAgency", "a Puerto Rico government agency or public corporation")], citation: "10 L.P.R.A. §4054a", verification: "V",
    uncertain: "Whether the DACO 10-day report also binds government bodies is unverified (the DACO row is shown to them as well)" },
];
