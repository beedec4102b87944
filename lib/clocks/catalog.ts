import type {
  TBooleanFlag, TCause, TClassificationKey, TCompromise, TDataCategory, TMoment, TRuleId, TVerification,
} from "@/lib/clocks/types";

/**
 * The rule catalog as typed data: one entry per rule id of /work/shared/notes/jurisdiction-rules.md (compiled
 * 2026-11-22). The engine (engine.ts) interprets these entries; no rule has code of its own. Each rule carries a
 * `version`: a stored obligation keeps the version it was created under, and a rule whose text changes gets a new
 * version string here (the catalog version moves with it).
 */
export const CATALOG_VERSION = "2026-11-22.1";

export type TRegion =
  | "EU" | "UK" | "US" | "CA" | "AU" | "SG" | "BR" | "IN" | "JP" | "KR"
  | `US-${"CA" | "NY" | "TX" | "FL" | "CO" | "WA" | "MA" | "AZ" | "CT" | "DE" | "ME" | "OR" | "VT" | "MD"}`;

export type TZoneRef = { kind: "fixed"; zone: string } | { kind: "organisation" } | { kind: "eu-authority" };

export type TTriggerSpec =
  | { kind: "moment"; moment: TMoment }
  | { kind: "notice"; ruleId: TRuleId; pick: "earliest" | "latest" }
  | { kind: "none" };

export type TDeadlineSpec =
  | { kind: "hours"; hours: number }
  | { kind: "calendarDays"; days: number }
  /** Japan: the day of knowing is day 1, then the next open day (K2). */
  | { kind: "japanDays"; days: number }
  | { kind: "businessDays"; days: number; calendar: "US-federal" | "BR"; time: "23:59:59" | "17:30:00" }
  | { kind: "months"; months: number; endOfDay: boolean }
  | { kind: "hipaaAnnualLog"; days: number }
  | { kind: "doraInitial" }
  /** NY, CT, DE, ME regulator rows: due at the instant the resident notice was sent (K5). */
  | { kind: "sameAsUpstream" }
  | { kind: "vermontAg" }
  | { kind: "none" };

export type TGate =
  | { kind: "proposed" }
  | { kind: "commencement"; from: string; text: string }
  | { kind: "personalData" }
  | { kind: "role"; role: "controller" | "processor" }
  | { kind: "flag"; flag: TBooleanFlag; reason: string }
  | { kind: "hipaa"; value: "covered_entity" | "business_associate" }
  | { kind: "phi" }
  | { kind: "nis2Entity" }
  | { kind: "classification"; key: TClassificationKey; moment?: TMoment; label: string }
  | { kind: "fact"; field: "serviceRecipientsAffected" | "clientsFinancialInterestsAffected"; reason: string }
  | { kind: "notFact"; field: "riskRemediated" | "confinedWithinOrganisation"; reason: string }
  | { kind: "encryption"; label: string }
  | { kind: "compromise"; any: TCompromise[]; label: string }
  | { kind: "harm"; need: "risk" | "high"; onUnknown: "applies" | "undetermined"; acquisitionSuffices?: boolean; label: string }
  | { kind: "count"; op: ">" | ">=" | "<"; n: number; scope: "state" | "all" | "anyState" }
  | { kind: "residents" }
  | { kind: "statePi"; state: keyof typeof STATE_PI }
  | { kind: "categories"; any: TDataCategory[]; label: string }
  | { kind: "cause"; any: TCause[]; label: string }
  | { kind: "largeScale" }
  | { kind: "momentDeclared"; moment: TMoment; label: string }
  | { kind: "notRedacted" }
  | { kind: "ca150Encryption" }
  | { kind: "anyOf"; gates: TGate[]; label: string };

export type TRule = {
  id: TRuleId;
  version: string;
  recipient: string;
  region: TRegion;
  /** Flags that touch the row even without people or an establishment in its region. */
  touchFlags?: (TBooleanFlag | "nis2Entity" | "hipaa")[];
  trigger: TTriggerSpec;
  deadline: TDeadlineSpec;
  zone: TZoneRef;
  gates: TGate[];
  citation: string;
  verification: TVerification;
  /** General time-computation law that might extend a day-counted deadline (information only). */
  rollForward?: "CA" | "TX" | "EU";
  /** A law-enforcement delay provision exists: a declared delay becomes a `delay` info line (K11). */
  lawEnforcementDelay?: boolean;
  /** A statutory extension the organisation may claim in writing (K11). */
  extension?: { days: number; text: string };
  internalTarget?: { days: number; text: string; dayOfKnowingIsDayOne?: boolean };
  constraint?: string;
  uncertain?: string;
  /** Brazil: a small processing agent gets the period doubled (ANPD Res. 2/2022; BR-LGPD-ANPD only, K3). */
  doubledForSmallAgent?: boolean;
  /** The row's text when its recipient changes with the facts (GDPR art. 34(3)(c)). */
  publicRecipientWhenDisproportionate?: boolean;
};

/**
 * State personal-information definitions, read from `dataCategories` (§4.6): the elements that count together with
 * a name, whether a financial account number counts only with its access code, and the elements that count alone
 * (online credentials). A simplification of each statute's list, recorded in NOTES.md.
 */
export const STATE_PI = {
  CA: { withName: ["national_id_number", "government_id_document", "health", "biometric", "genetic", "location"], accountAlone: false, alone: ["online_credentials"] },
  NY: { withName: ["national_id_number", "government_id_document", "biometric", "health"], accountAlone: false, alone: ["online_credentials"] },
  TX: { withName: ["national_id_number", "government_id_document", "health"], accountAlone: false, alone: [] },
  FL: { withName: ["national_id_number", "government_id_document", "health"], accountAlone: false, alone: ["online_credentials"] },
  CO: { withName: ["national_id_number", "government_id_document", "biometric"], accountAlone: false, alone: ["online_credentials"] },
  WA: { withName: ["national_id_number", "government_id_document", "health", "biometric", "financial_access_code"], accountAlone: true, alone: ["online_credentials"] },
  MA: { withName: ["national_id_number", "government_id_document"], accountAlone: true, alone: [] },
  AZ: { withName: ["national_id_number", "government_id_document", "health", "biometric"], accountAlone: false, alone: ["online_credentials"] },
  CT: { withName: ["national_id_number", "government_id_document", "health", "biometric"], accountAlone: false, alone: ["online_credentials"] },
  DE: { withName: ["national_id_number", "government_id_document", "health", "biometric"], accountAlone: false, alone: ["online_credentials"] },
  ME: { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] },
  OR: { withName: ["national_id_number", "government_id_document", "health", "biometric"], accountAlone: false, alone: ["online_credentials"] },
  VT: { withName: ["national_id_number", "government_id_document", "health", "biometric", "genetic"], accountAlone: false, alone: ["online_credentials"] },
  MD: { withName: ["national_id_number", "government_id_document", "health", "biometric", "genetic"], accountAlone: false, alone: ["online_credentials"] },
} as const satisfies Record<string, { withName: readonly TDataCategory[]; accountAlone: boolean; alone: readonly TDataCategory[] }>;

// ---------------------------------------------------------------------------------------------------------------
// Building blocks shared by many rows.

const V1 = "2026-11-22.1";
const LA = { kind: "fixed", zone: "America/Los_Angeles" } as const;
const NYC = { kind: "fixed", zone: "America/New_York" } as const;
const ORG = { kind: "organisation" } as const;
const EUZ = { kind: "eu-authority" } as const;

const at = (moment: TMoment): TTriggerSpec => ({ kind: "moment", moment });
const after = (ruleId: TRuleId, pick: "earliest" | "latest" = "earliest"): TTriggerSpec => ({ kind: "notice", ruleId, pick });
const hours = (n: number): TDeadlineSpec => ({ kind: "hours", hours: n });
const days = (n: number): TDeadlineSpec => ({ kind: "calendarDays", days: n });
const NONE: TDeadlineSpec = { kind: "none" };

const PD: TGate = { kind: "personalData" };
const CONTROLLER: TGate = { kind: "role", role: "controller" };
const PROCESSOR: TGate = { kind: "role", role: "processor" };
const ENC: TGate = { kind: "encryption", label: "encryption safe harbour" };
const RESIDENTS: TGate = { kind: "residents" };
const ACQUIRED: TGate = { kind: "compromise", any: ["acquisition"], label: "acquired" };
const ACCESSED: TGate = { kind: "compromise", any: ["access", "acquisition", "disclosure"], label: "accessed or acquired" };
const misuse = (onUnknown: "applies" | "undetermined"): TGate => ({ kind: "harm", need: "risk", onUnknown, label: "risk of harm or misuse" });
const HIGH: TGate = { kind: "harm", need: "high", onUnknown: "undetermined", label: "high risk" };
const count = (op: ">" | ">=" | "<", n: number, scope: "state" | "all" | "anyState" = "state"): TGate => ({ kind: "count", op, n, scope });
const pi = (state: keyof typeof STATE_PI): TGate => ({ kind: "statePi", state });
const flag = (f: TBooleanFlag, reason: string): TGate => ({ kind: "flag", flag: f, reason });

/** Gates of a US state resident notice: the owner of the data, personal data, residents, definition, encryption. */
function stateResidentGates(state: keyof typeof STATE_PI, extra: TGate[] = [], role: TGate = CONTROLLER): TGate[] {
  return [role, PD, RESIDENTS, pi(state), ENC, ...extra];
}

const SENSITIVE_JP: TDataCategory[] = ["health", "special_category", "genetic", "biometric"];
const PROPERTY_JP: TDataCategory[] = ["financial_account", "financial_access_code", "online_credentials"];
const WRONGFUL: TCause[] = ["external_attack", "malicious_insider", "stolen_device"];
const BR_CATEGORIES: TDataCategory[] = [
  "health", "biometric", "genetic", "special_category", "children", "elderly", "financial_account", "financial_access_code",
  "financial_other", "online_credentials", "secrecy_protected",
];
const KR_SENSITIVE: TDataCategory[] = ["national_id_number", "health", "biometric", "genetic", "special_category"];

const JP_REPORTABLE_1_2_4: TGate = {
  kind: "anyOf",
  label: "APPI reportable situation (sensitive data, property damage or more than 1,000 people)",
  gates: [
    { kind: "categories", any: SENSITIVE_JP, label: "sensitive (yō-hairyo) data" },
    { kind: "categories", any: PROPERTY_JP, label: "data risking property damage" },
    count(">", 1000, "all"),
  ],
};
const JP_WRONGFUL: TGate = { kind: "cause", any: WRONGFUL, label: "possible wrongful purpose" };
const JP_ANY: TGate = { kind: "anyOf", label: "APPI reportable situation", gates: [JP_REPORTABLE_1_2_4, JP_WRONGFUL] };

const NIS2: TGate[] = [{ kind: "nis2Entity" }, { kind: "classification", key: "significant", label: "significant incident (art. 23(3))" }];
const DORA: TGate[] = [
  flag("doraFinancialEntity", "not a DORA financial entity"),
  { kind: "classification", key: "major", moment: "majorClassified", label: "major ICT-related incident" },
];
const BR_GATES: TGate[] = [
  CONTROLLER, PD, { kind: "harm", need: "risk", onUnknown: "undetermined", label: "relevant risk or harm" },
  { kind: "anyOf", label: "sensitive, children's, elderly, financial, authentication or secret data, or large scale", gates: [
    { kind: "categories", any: BR_CATEGORIES, label: "listed data category" }, { kind: "largeScale" },
  ] },
];
const IN_DPDP: TGate = { kind: "commencement", from: "2027-05-13T00:00:00+05:30", text: "DPDP Rules 2025 r.7 in force from 13 May 2027" };

// ---------------------------------------------------------------------------------------------------------------

export const CATALOG: readonly TRule[] = [
  // A. EU and UK
  { id: "EU-GDPR-33-SA", version: V1, recipient: "Supervisory authority (lead SA for cross-border processing)", region: "EU", trigger: at("aware"), deadline: hours(72), zone: EUZ,
    gates: [CONTROLLER, PD, { kind: "harm", need: "risk", onUnknown: "applies", label: "risk to rights and freedoms" }], citation: "GDPR art. 33(1)", verification: "V" },
  { id: "EU-GDPR-33-PROC", version: V1, recipient: "Controller (notified by the processor)", region: "EU", trigger: at("aware"), deadline: NONE, zone: EUZ,
    gates: [PROCESSOR, PD], citation: "GDPR art. 33(2)", verification: "V" },
  { id: "EU-GDPR-34-DS", version: V1, recipient: "Data subjects", region: "EU", trigger: at("aware"), deadline: NONE, zone: EUZ,
    gates: [CONTROLLER, PD, HIGH, { kind: "encryption", label: "art. 34(3)(a) data unintelligible" }, { kind: "notFact", field: "riskRemediated", reason: "art. 34(3)(b): high risk no longer likely" }],
    citation: "GDPR art. 34(1)-(3)", verification: "V", publicRecipientWhenDisproportionate: true },
  { id: "UK-GDPR-33-ICO", version: V1, recipient: "Information Commissioner's Office", region: "UK", trigger: at("aware"), deadline: hours(72), zone: { kind: "fixed", zone: "Europe/London" },
    gates: [CONTROLLER, PD, { kind: "harm", need: "risk", onUnknown: "applies", label: "risk to rights and freedoms" }], citation: "UK GDPR art. 33", verification: "V" },
  { id: "UK-GDPR-34-DS", version: V1, recipient: "Data subjects", region: "UK", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Europe/London" },
    gates: [CONTROLLER, PD, HIGH, { kind: "encryption", label: "art. 34(3)(a) data unintelligible" }, { kind: "notFact", field: "riskRemediated", reason: "art. 34(3)(b): high risk no longer likely" }],
    citation: "UK GDPR art. 34", verification: "S", publicRecipientWhenDisproportionate: true },
  // PECR: 24 h before the DUA Act 2025 change, 72 h after; the commencement date is U in the catalog, so the
  // stricter version (24 h) runs, with an `uncertain` line (contract §4.1).
  { id: "UK-PECR-ICO", version: "2026-11-22.1-pre-DUA-24h", recipient: "Information Commissioner's Office (PECR providers)", region: "UK", touchFlags: ["pecrProvider"],
    trigger: at("aware"), deadline: hours(24), zone: { kind: "fixed", zone: "Europe/London" },
    gates: [flag("pecrProvider", "not a PECR provider"), PD], citation: "PECR reg. 5A, as amended by the Data (Use and Access) Act 2025", verification: "S",
    uncertain: "PECR moved from 24 h to 72 h under the DUA Act 2025 but its commencement date is not verified; the stricter 24 h runs until counsel confirms" },
  { id: "EU-NIS2-23-EW", version: V1, recipient: "National CSIRT or competent authority", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: at("aware"), deadline: hours(24), zone: EUZ, gates: NIS2, citation: "Directive (EU) 2022/2555 art. 23(4)(a)", verification: "V" },
  { id: "EU-NIS2-23-NOT", version: V1, recipient: "National CSIRT or competent authority", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: at("aware"), deadline: hours(72), zone: EUZ, gates: NIS2, citation: "Directive (EU) 2022/2555 art. 23(4)(b)", verification: "V" },
  { id: "EU-NIS2-23-INT", version: V1, recipient: "National CSIRT or competent authority (on request)", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: at("authorityRequest"), deadline: NONE, zone: EUZ,
    gates: [...NIS2, { kind: "momentDeclared", moment: "authorityRequest", label: "no status update requested" }], citation: "Directive (EU) 2022/2555 art. 23(4)(c)", verification: "V" },
  { id: "EU-NIS2-23-FIN", version: V1, recipient: "National CSIRT or competent authority", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: after("EU-NIS2-23-NOT"), deadline: { kind: "months", months: 1, endOfDay: false }, zone: EUZ, gates: NIS2,
    citation: "Directive (EU) 2022/2555 art. 23(4)(d),(e)", verification: "V", rollForward: "EU" },
  { id: "EU-NIS2-23-RECIP", version: V1, recipient: "Recipients of the entity's services", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: at("aware"), deadline: NONE, zone: EUZ,
    gates: [...NIS2, { kind: "fact", field: "serviceRecipientsAffected", reason: "service provision to recipients not likely affected" }],
    citation: "Directive (EU) 2022/2555 art. 23(1)", verification: "V" },
  { id: "EU-DORA-INIT", version: V1, recipient: "Competent authority under DORA art. 46", region: "EU", touchFlags: ["doraFinancialEntity"],
    trigger: at("majorClassified"), deadline: { kind: "doraInitial" }, zone: EUZ, gates: DORA,
    citation: "Commission Delegated Regulation (EU) 2025/301 art. 5(1)(a)", verification: "V" },
  { id: "EU-DORA-INTERIM", version: V1, recipient: "Competent authority under DORA art. 46", region: "EU", touchFlags: ["doraFinancialEntity"],
    trigger: after("EU-DORA-INIT"), deadline: hours(72), zone: EUZ, gates: DORA,
    citation: "Commission Delegated Regulation (EU) 2025/301 art. 5(1)(b)", verification: "V" },
  { id: "EU-DORA-FINAL", version: V1, recipient: "Competent authority under DORA art. 46", region: "EU", touchFlags: ["doraFinancialEntity"],
    trigger: after("EU-DORA-INTERIM", "latest"), deadline: { kind: "months", months: 1, endOfDay: false }, zone: EUZ, gates: DORA,
    citation: "Commission Delegated Regulation (EU) 2025/301 art. 5(1)(c)", verification: "V", rollForward: "EU" },
  { id: "EU-DORA-CLIENT", version: V1, recipient: "Clients", region: "EU", touchFlags: ["doraFinancialEntity"], trigger: at("aware"), deadline: NONE, zone: EUZ,
    gates: [...DORA, { kind: "fact", field: "clientsFinancialInterestsAffected", reason: "clients' financial interests not affected" }],
    citation: "Regulation (EU) 2022/2554 art. 19(3)", verification: "U" },

  // B. US federal
  { id: "US-SEC-8K-105", version: V1, recipient: "SEC (Form 8-K Item 1.05 on EDGAR)", region: "US", touchFlags: ["secRegistrant"],
    trigger: at("materialityDetermined"), deadline: { kind: "businessDays", days: 4, calendar: "US-federal", time: "17:30:00" }, zone: NYC,
    gates: [flag("secRegistrant", "not an Exchange Act registrant"), { kind: "classification", key: "material", moment: "materialityDetermined", label: "material cybersecurity incident" }],
    citation: "Form 8-K Item 1.05, General Instruction B.1; 17 CFR 232.13", verification: "V", lawEnforcementDelay: true },
  { id: "US-SEC-8K-105-AMD", version: V1, recipient: "SEC (Form 8-K/A)", region: "US", touchFlags: ["secRegistrant"],
    trigger: at("newInformationAvailable"), deadline: { kind: "businessDays", days: 4, calendar: "US-federal", time: "17:30:00" }, zone: NYC,
    gates: [flag("secRegistrant", "not an Exchange Act registrant"), { kind: "classification", key: "material", moment: "materialityDetermined", label: "material cybersecurity incident" }],
    citation: "Form 8-K Item 1.05 instruction 2", verification: "S" },
  { id: "US-HIPAA-404", version: V1, recipient: "Each affected individual", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: days(60), zone: ORG,
    gates: [{ kind: "hipaa", value: "covered_entity" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "low probability of compromise not shown" }],
    citation: "45 CFR 164.404", verification: "V", lawEnforcementDelay: true },
  { id: "US-HIPAA-406", version: V1, recipient: "Prominent media outlets serving the state", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: days(60), zone: ORG,
    gates: [{ kind: "hipaa", value: "covered_entity" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "low probability of compromise not shown" }, count(">", 500, "anyState")],
    citation: "45 CFR 164.406", verification: "V", lawEnforcementDelay: true },
  { id: "US-HIPAA-408-500", version: V1, recipient: "Secretary of HHS (OCR breach portal)", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: days(60), zone: ORG,
    gates: [{ kind: "hipaa", value: "covered_entity" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "low probability of compromise not shown" }, count(">=", 500, "all")],
    citation: "45 CFR 164.408(b)", verification: "V", lawEnforcementDelay: true,
    constraint: "Due contemporaneously with the individual notice (US-HIPAA-404); the 60-day bound is the outer limit" },
  { id: "US-HIPAA-408-LOG", version: V1, recipient: "Secretary of HHS (annual log)", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: { kind: "hipaaAnnualLog", days: 60 }, zone: ORG,
    gates: [{ kind: "hipaa", value: "covered_entity" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "low probability of compromise not shown" }, count("<", 500, "all")],
    citation: "45 CFR 164.408(c)", verification: "V" },
  { id: "US-HIPAA-410", version: V1, recipient: "Covered entity (notified by the business associate)", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: days(60), zone: ORG,
    gates: [{ kind: "hipaa", value: "business_associate" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }],
    citation: "45 CFR 164.410", verification: "V", lawEnforcementDelay: true },
  { id: "US-FTC-314", version: V1, recipient: "Federal Trade Commission", region: "US", touchFlags: ["ftcFinancialInstitution"], trigger: at("discovered"), deadline: days(30), zone: ORG,
    gates: [flag("ftcFinancialInstitution", "not a financial institution under FTC jurisdiction"), PD, { kind: "encryption", label: "unencrypted customer information" }, ACQUIRED, count(">=", 500, "all")],
    citation: "16 CFR 314.4(j)", verification: "S", lawEnforcementDelay: true },

  // C. US states
  { id: "US-CA-1798.82-IND", version: V1, recipient: "Affected California residents", region: "US-CA", trigger: at("discovered"), deadline: days(30), zone: LA,
    gates: stateResidentGates("CA", [ACQUIRED]), citation: "Cal. Civ. Code §1798.82(a)", verification: "S", rollForward: "CA", lawEnforcementDelay: true },
  { id: "US-CA-1798.82-AG", version: V1, recipient: "California Attorney General", region: "US-CA", trigger: after("US-CA-1798.82-IND"), deadline: days(15), zone: LA,
    gates: stateResidentGates("CA", [ACQUIRED, count(">", 500)]), citation: "Cal. Civ. Code §1798.82(f)", verification: "S", rollForward: "CA" },
  { id: "US-CA-1798.82-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-CA", trigger: at("discovered"), deadline: NONE, zone: LA,
    gates: stateResidentGates("CA", [ACQUIRED], PROCESSOR), citation: "Cal. Civ. Code §1798.82(b)", verification: "S" },
  { id: "US-CA-1798.150", version: V1, recipient: "None (litigation exposure, not a notice)", region: "US-CA", trigger: { kind: "none" }, deadline: NONE, zone: LA,
    gates: [PD, RESIDENTS, pi("CA"), { kind: "compromise", any: ["acquisition", "disclosure"], label: "exfiltrated, stolen or disclosed" }, { kind: "notRedacted" }, { kind: "ca150Encryption" }],
    citation: "Cal. Civ. Code §1798.150", verification: "V" },
  { id: "US-NY-899aa-IND", version: V1, recipient: "Affected New York residents", region: "US-NY", touchFlags: ["nydfsCoveredEntity"], trigger: at("discovered"), deadline: days(30), zone: NYC,
    gates: stateResidentGates("NY", [ACCESSED, misuse("applies")]), citation: "N.Y. Gen. Bus. Law §899-aa(2)", verification: "S", lawEnforcementDelay: true },
  { id: "US-NY-899aa-REG", version: V1, recipient: "NY Attorney General, Department of State and State Police", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: after("US-NY-899aa-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates("NY", [ACCESSED, misuse("applies")]), citation: "N.Y. Gen. Bus. Law §899-aa(8)(a)", verification: "S" },
  { id: "US-NY-899aa-DFS", version: V1, recipient: "NY Department of Financial Services", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: at("cybersecurityIncidentDetermined"), deadline: hours(72), zone: NYC,
    gates: [flag("nydfsCoveredEntity", "not a 23 NYCRR 500 covered entity"), ...stateResidentGates("NY", [ACCESSED, misuse("applies")])],
    citation: "N.Y. Gen. Bus. Law §899-aa (as amended by SB 804); 23 NYCRR 500.17", verification: "S" },
  { id: "US-NY-899aa-CRA", version: V1, recipient: "Consumer reporting agencies", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: after("US-NY-899aa-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates("NY", [ACCESSED, misuse("applies"), count(">", 5000)]), citation: "N.Y. Gen. Bus. Law §899-aa(8)(b)", verification: "S" },
  { id: "US-NY-899aa-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: at("discovered"), deadline: days(30), zone: NYC,
    gates: stateResidentGates("NY", [ACCESSED], PROCESSOR), citation: "N.Y. Gen. Bus. Law §899-aa(3)", verification: "S", lawEnforcementDelay: true },
  { id: "US-NY-500.17-INC", version: V1, recipient: "Superintendent, NYDFS", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: at("cybersecurityIncidentDetermined"), deadline: hours(72), zone: NYC,
    gates: [flag("nydfsCoveredEntity", "not a 23 NYCRR 500 covered entity"), { kind: "classification", key: "cybersecurityIncident", moment: "cybersecurityIncidentDetermined", label: "cybersecurity incident under 500.1(g)" }],
    citation: "23 NYCRR 500.17(a)", verification: "V" },
  { id: "US-NY-500.17-EXT24", version: V1, recipient: "Superintendent, NYDFS", region: "US-NY", touchFlags: ["nydfsCoveredEntity"], trigger: at("ransomPaid"), deadline: hours(24), zone: NYC,
    gates: [flag("nydfsCoveredEntity", "not a 23 NYCRR 500 covered entity"), { kind: "momentDeclared", moment: "ransomPaid", label: "no extortion payment declared" }],
    citation: "23 NYCRR 500.17(c)(1)", verification: "S" },
  { id: "US-NY-500.17-EXT30", version: V1, recipient: "Superintendent, NYDFS", region: "US-NY", touchFlags: ["nydfsCoveredEntity"], trigger: at("ransomPaid"), deadline: days(30), zone: NYC,
    gates: [flag("nydfsCoveredEntity", "not a 23 NYCRR 500 covered entity"), { kind: "momentDeclared", moment: "ransomPaid", label: "no extortion payment declared" }],
    citation: "23 NYCRR 500.17(c)(2)", verification: "S" },
  { id: "US-TX-521.053-IND", version: V1, recipient: "Affected individuals", region: "US-TX", trigger: at("breachDetermined"), deadline: days(60), zone: { kind: "fixed", zone: "America/Chicago" },
    gates: stateResidentGates("TX", [ACQUIRED]), citation: "Tex. Bus. & Com. Code §521.053(b)", verification: "S", rollForward: "TX", lawEnforcementDelay: true },
  { id: "US-TX-521.053-AG", version: V1, recipient: "Texas Attorney General", region: "US-TX", trigger: at("breachDetermined"), deadline: days(30), zone: { kind: "fixed", zone: "America/Chicago" },
    gates: stateResidentGates("TX", [ACQUIRED, count(">=", 250)]), citation: "Tex. Bus. & Com. Code §521.053(i)", verification: "S", rollForward: "TX" },
  { id: "US-TX-521.053-CRA", version: V1, recipient: "Each nationwide consumer reporting agency", region: "US-TX", trigger: after("US-TX-521.053-IND"), deadline: NONE, zone: { kind: "fixed", zone: "America/Chicago" },
    gates: stateResidentGates("TX", [ACQUIRED, count(">", 10000)]), citation: "Tex. Bus. & Com. Code §521.053(h)", verification: "S" },
  { id: "US-FL-501.171-IND", version: V1, recipient: "Affected individuals", region: "US-FL", trigger: at("breachDetermined"), deadline: days(30), zone: NYC,
    gates: stateResidentGates("FL", [ACCESSED, misuse("applies")]), citation: "Fla. Stat. §501.171(4)", verification: "S", lawEnforcementDelay: true,
    extension: { days: 15, text: "+15 days if good cause is given in writing to the Department of Legal Affairs within the 30 days (§501.171(4)(a))" } },
  { id: "US-FL-501.171-DLA", version: V1, recipient: "Florida Department of Legal Affairs", region: "US-FL", trigger: at("breachDetermined"), deadline: days(30), zone: NYC,
    gates: stateResidentGates("FL", [ACCESSED, misuse("applies"), count(">=", 500)]), citation: "Fla. Stat. §501.171(3)", verification: "S" },
  { id: "US-FL-501.171-CRA", version: V1, recipient: "Nationwide consumer reporting agencies", region: "US-FL", trigger: after("US-FL-501.171-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates("FL", [ACCESSED, misuse("applies"), count(">", 1000)]), citation: "Fla. Stat. §501.171(5)", verification: "S" },
  { id: "US-FL-501.171-VND", version: V1, recipient: "Covered entity (notified by its third-party agent)", region: "US-FL", trigger: at("breachDetermined"), deadline: days(10), zone: NYC,
    gates: stateResidentGates("FL", [ACCESSED], PROCESSOR), citation: "Fla. Stat. §501.171(6)", verification: "S" },
  { id: "US-CO-6-1-716-IND", version: V1, recipient: "Affected Colorado residents", region: "US-CO", trigger: at("breachDetermined"), deadline: days(30), zone: { kind: "fixed", zone: "America/Denver" },
    gates: stateResidentGates("CO", [ACQUIRED, misuse("applies")]), citation: "C.R.S. §6-1-716(2)", verification: "S", lawEnforcementDelay: true },
  { id: "US-CO-6-1-716-AG", version: V1, recipient: "Colorado Attorney General", region: "US-CO", trigger: at("breachDetermined"), deadline: days(30), zone: { kind: "fixed", zone: "America/Denver" },
    gates: stateResidentGates("CO", [ACQUIRED, misuse("applies"), count(">=", 500)]), citation: "C.R.S. §6-1-716(2)(f)", verification: "S" },
  { id: "US-CO-6-1-716-CRA", version: V1, recipient: "Nationwide consumer reporting agencies", region: "US-CO", trigger: after("US-CO-6-1-716-IND"), deadline: NONE, zone: { kind: "fixed", zone: "America/Denver" },
    gates: stateResidentGates("CO", [ACQUIRED, misuse("applies"), count(">", 1000)]), citation: "C.R.S. §6-1-716(2)(d)", verification: "S" },
  { id: "US-WA-19.255-IND", version: V1, recipient: "Affected Washington residents", region: "US-WA", trigger: at("discovered"), deadline: days(30), zone: LA,
    gates: stateResidentGates("WA", [ACQUIRED, misuse("applies")]), citation: "RCW 19.255.010", verification: "V", lawEnforcementDelay: true },
  { id: "US-WA-19.255-AG", version: V1, recipient: "Washington Attorney General", region: "US-WA", trigger: at("discovered"), deadline: days(30), zone: LA,
    gates: stateResidentGates("WA", [ACQUIRED, misuse("applies"), count(">", 500)]), citation: "RCW 19.255.010", verification: "V" },
  { id: "US-MA-93H-IND", version: V1, recipient: "Affected Massachusetts residents", region: "US-MA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates("MA", [{ kind: "harm", need: "risk", onUnknown: "undetermined", acquisitionSuffices: true, label: "substantial risk of identity theft or fraud" }]),
    citation: "M.G.L. c. 93H §3", verification: "V" },
  { id: "US-MA-93H-REG", version: V1, recipient: "Attorney General and Director of OCABR", region: "US-MA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates("MA", [{ kind: "harm", need: "risk", onUnknown: "undetermined", acquisitionSuffices: true, label: "substantial risk of identity theft or fraud" }]),
    citation: "M.G.L. c. 93H §3(b)", verification: "V" },
  { id: "US-MA-93H-CM", version: V1, recipient: "Residents whose SSN was exposed (credit-monitoring offer)", region: "US-MA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates("MA", [{ kind: "harm", need: "risk", onUnknown: "undetermined", acquisitionSuffices: true, label: "substantial risk of identity theft or fraud" }, { kind: "categories", any: ["national_id_number"], label: "Social Security number exposed" }]),
    citation: "M.G.L. c. 93H §3A", verification: "V" },
  { id: "US-AZ-18-552-IND", version: V1, recipient: "Affected individuals", region: "US-AZ", trigger: at("breachDetermined"), deadline: days(45), zone: { kind: "fixed", zone: "America/Phoenix" },
    gates: stateResidentGates("AZ", [misuse("applies")]), citation: "A.R.S. §18-552(B)", verification: "S", lawEnforcementDelay: true },
  { id: "US-AZ-18-552-AG", version: V1, recipient: "AG, Director of Homeland Security and the 3 largest CRAs", region: "US-AZ", trigger: at("breachDetermined"), deadline: days(45), zone: { kind: "fixed", zone: "America/Phoenix" },
    gates: stateResidentGates("AZ", [misuse("applies"), count(">", 1000)]), citation: "A.R.S. §18-552(B)", verification: "S" },
  { id: "US-CT-36a-701b-IND", version: V1, recipient: "Affected residents", region: "US-CT", trigger: at("discovered"), deadline: days(60), zone: NYC,
    gates: stateResidentGates("CT"), citation: "Conn. Gen. Stat. §36a-701b(b)", verification: "S", lawEnforcementDelay: true },
  { id: "US-CT-36a-701b-AG", version: V1, recipient: "Connecticut Attorney General", region: "US-CT", trigger: after("US-CT-36a-701b-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates("CT"), citation: "Conn. Gen. Stat. §36a-701b(b)", verification: "S" },
  { id: "US-DE-12B-IND", version: V1, recipient: "Affected residents", region: "US-DE", trigger: at("breachDetermined"), deadline: days(60), zone: NYC,
    gates: stateResidentGates("DE"), citation: "6 Del. C. §12B-102", verification: "S", lawEnforcementDelay: true },
  { id: "US-DE-12B-AG", version: V1, recipient: "Delaware Attorney General", region: "US-DE", trigger: after("US-DE-12B-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates("DE", [count(">", 500)]), citation: "6 Del. C. §12B-102", verification: "S" },
  { id: "US-ME-1348-IND", version: V1, recipient: "Affected residents", region: "US-ME", trigger: at("aware"), deadline: days(30), zone: NYC,
    gates: stateResidentGates("ME", [misuse("undetermined")]), citation: "10 M.R.S. §1348", verification: "S", lawEnforcementDelay: true },
  { id: "US-ME-1348-REG", version: V1, recipient: "Dept. of Professional & Financial Regulation or Attorney General", region: "US-ME", trigger: after("US-ME-1348-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates("ME", [misuse("undetermined")]), citation: "10 M.R.S. §1348", verification: "S" },
  { id: "US-OR-646A.604-IND", version: V1, recipient: "Affected consumers", region: "US-OR", trigger: at("discovered"), deadline: days(45), zone: LA,
    gates: stateResidentGates("OR"), citation: "ORS 646A.604", verification: "S", lawEnforcementDelay: true },
  { id: "US-OR-646A.604-AG", version: V1, recipient: "Oregon Attorney General", region: "US-OR", trigger: at("discovered"), deadline: NONE, zone: LA,
    gates: stateResidentGates("OR", [count(">", 250)]), citation: "ORS 646A.604", verification: "S" },
  { id: "US-VT-2435-AG", version: V1, recipient: "Vermont Attorney General", region: "US-VT", trigger: at("discovered"), deadline: { kind: "vermontAg" }, zone: NYC,
    gates: stateResidentGates("VT", [misuse("applies")]), citation: "9 V.S.A. §2435(b)(3)", verification: "S" },
  { id: "US-VT-2435-IND", version: V1, recipient: "Affected consumers", region: "US-VT", trigger: at("discovered"), deadline: days(45), zone: NYC,
    gates: stateResidentGates("VT", [misuse("applies")]), citation: "9 V.S.A. §2435(b)(1)", verification: "S", lawEnforcementDelay: true },
  { id: "US-MD-14-3504", version: V1, recipient: "Maryland Attorney General, then individuals", region: "US-MD", trigger: at("discovered"), deadline: days(45), zone: NYC,
    gates: stateResidentGates("MD", [misuse("applies")]), citation: "Md. Code Com. Law §14-3504", verification: "S", lawEnforcementDelay: true,
    constraint: "The Attorney General must be notified before the individual notice" },

  // D. Other international
  { id: "CA-PIPEDA-OPC", version: V1, recipient: "Office of the Privacy Commissioner of Canada", region: "CA", trigger: at("breachDetermined"), deadline: NONE, zone: ORG,
    gates: [CONTROLLER, PD, HIGH], citation: "PIPEDA s.10.1(1),(2)", verification: "S" },
  { id: "CA-PIPEDA-IND", version: V1, recipient: "Affected individuals", region: "CA", trigger: at("breachDetermined"), deadline: NONE, zone: ORG,
    gates: [CONTROLLER, PD, HIGH], citation: "PIPEDA s.10.1(3)-(6)", verification: "S" },
  { id: "CA-PIPEDA-ORG", version: V1, recipient: "Organisations or government institutions that can reduce the harm", region: "CA", trigger: at("breachDetermined"), deadline: NONE, zone: ORG,
    gates: [CONTROLLER, PD, HIGH], citation: "PIPEDA s.10.2", verification: "S" },
  { id: "CA-PIPEDA-REC", version: V1, recipient: "Internal record (to the OPC on request)", region: "CA", trigger: at("breachDetermined"), deadline: { kind: "months", months: 24, endOfDay: true }, zone: ORG,
    gates: [CONTROLLER, PD], citation: "PIPEDA s.10.3; SOR/2018-64 s.6", verification: "S" },
  { id: "AU-NDB-ASSESS", version: V1, recipient: "Internal (assessment)", region: "AU", touchFlags: ["australianAppEntity"], trigger: at("suspected"), deadline: days(30), zone: { kind: "fixed", zone: "Australia/Sydney" },
    gates: [flag("australianAppEntity", "not an APP entity"), PD], citation: "Privacy Act 1988 (Cth) s.26WH", verification: "S" },
  { id: "AU-NDB-OAIC", version: V1, recipient: "Australian Information Commissioner", region: "AU", touchFlags: ["australianAppEntity"], trigger: at("breachDetermined"), deadline: NONE, zone: { kind: "fixed", zone: "Australia/Sydney" },
    gates: [flag("australianAppEntity", "not an APP entity"), PD, HIGH, { kind: "notFact", field: "riskRemediated", reason: "remedial action prevents serious harm (s.26WF)" }],
    citation: "Privacy Act 1988 (Cth) s.26WK", verification: "S" },
  { id: "AU-NDB-IND", version: V1, recipient: "Affected or at-risk individuals", region: "AU", touchFlags: ["australianAppEntity"], trigger: after("AU-NDB-OAIC"), deadline: NONE, zone: { kind: "fixed", zone: "Australia/Sydney" },
    gates: [flag("australianAppEntity", "not an APP entity"), PD, HIGH, { kind: "notFact", field: "riskRemediated", reason: "remedial action prevents serious harm (s.26WF)" }],
    citation: "Privacy Act 1988 (Cth) s.26WL", verification: "S" },
  { id: "SG-PDPA-ASSESS", version: V1, recipient: "Internal (assessment)", region: "SG", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Singapore" },
    gates: [PD], citation: "PDPA s.26C", verification: "S", internalTarget: { days: 30, text: "PDPC guidance: assessment within about 30 days of first awareness" } },
  { id: "SG-PDPA-PDPC", version: V1, recipient: "Personal Data Protection Commission", region: "SG", trigger: at("assessmentCompleted"), deadline: days(3), zone: { kind: "fixed", zone: "Asia/Singapore" },
    gates: [PD, { kind: "notFact", field: "confinedWithinOrganisation", reason: "breach confined within the organisation" },
      { kind: "anyOf", label: "notifiable (significant harm, or 500 or more people)", gates: [{ kind: "harm", need: "high", onUnknown: "undetermined", label: "significant harm" }, count(">=", 500, "all")] }],
    citation: "PDPA s.26B, s.26D(1)", verification: "V" },
  { id: "SG-PDPA-IND", version: V1, recipient: "Each affected individual", region: "SG", trigger: after("SG-PDPA-PDPC"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Singapore" },
    gates: [PD, { kind: "notFact", field: "confinedWithinOrganisation", reason: "breach confined within the organisation" }, { kind: "harm", need: "high", onUnknown: "undetermined", label: "significant harm" }, ENC,
      { kind: "notFact", field: "riskRemediated", reason: "s.26D(5): significant harm made unlikely" }],
    citation: "PDPA s.26D(2),(5)", verification: "V" },
  { id: "BR-LGPD-ANPD", version: V1, recipient: "ANPD (electronic form)", region: "BR", trigger: at("aware"), deadline: { kind: "businessDays", days: 3, calendar: "BR", time: "23:59:59" }, zone: { kind: "fixed", zone: "America/Sao_Paulo" },
    gates: BR_GATES, citation: "LGPD art. 48; Resolução CD/ANPD nº 15/2024 art. 6", verification: "S", doubledForSmallAgent: true },
  { id: "BR-LGPD-TIT", version: V1, recipient: "Affected data subjects", region: "BR", trigger: at("aware"), deadline: { kind: "businessDays", days: 3, calendar: "BR", time: "23:59:59" }, zone: { kind: "fixed", zone: "America/Sao_Paulo" },
    gates: BR_GATES, citation: "LGPD art. 48; Resolução CD/ANPD nº 15/2024", verification: "S" },
  { id: "BR-LGPD-SUPP", version: V1, recipient: "ANPD (supplementary information)", region: "BR", trigger: after("BR-LGPD-ANPD"), deadline: { kind: "businessDays", days: 20, calendar: "BR", time: "23:59:59" }, zone: { kind: "fixed", zone: "America/Sao_Paulo" },
    gates: BR_GATES, citation: "Resolução CD/ANPD nº 15/2024", verification: "S" },
  { id: "IN-DPDP-DP", version: V1, recipient: "Each affected Data Principal", region: "IN", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Kolkata" },
    gates: [IN_DPDP, PD], citation: "DPDP Rules 2025 r.7(1)", verification: "P" },
  { id: "IN-DPDP-BOARD-1", version: V1, recipient: "Data Protection Board of India", region: "IN", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Kolkata" },
    gates: [IN_DPDP, PD], citation: "DPDP Rules 2025 r.7(2)(a)", verification: "P" },
  { id: "IN-DPDP-BOARD-72", version: V1, recipient: "Data Protection Board of India", region: "IN", trigger: at("aware"), deadline: hours(72), zone: { kind: "fixed", zone: "Asia/Kolkata" },
    gates: [IN_DPDP, PD], citation: "DPDP Rules 2025 r.7(2)(b)", verification: "P" },
  { id: "IN-CERTIN-6H", version: V1, recipient: "CERT-In", region: "IN", touchFlags: ["certInScope"], trigger: at("aware"), deadline: hours(6), zone: { kind: "fixed", zone: "Asia/Kolkata" },
    gates: [flag("certInScope", "not subject to the CERT-In Directions")], citation: "CERT-In Directions of 28 Apr 2022 under IT Act s.70B(6)", verification: "S" },
  { id: "JP-APPI-PRELIM", version: V1, recipient: "Personal Information Protection Commission", region: "JP", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Tokyo" },
    gates: [PD, { kind: "encryption", label: "high-level encryption" }, JP_ANY], citation: "APPI art. 26; Enforcement Rules arts. 7, 8(1)", verification: "V",
    internalTarget: { days: 5, text: "PPC guideline: preliminary report within about 3–5 days of knowing", dayOfKnowingIsDayOne: true } },
  { id: "JP-APPI-FINAL30", version: V1, recipient: "Personal Information Protection Commission", region: "JP", trigger: at("aware"), deadline: { kind: "japanDays", days: 30 }, zone: { kind: "fixed", zone: "Asia/Tokyo" },
    gates: [PD, { kind: "encryption", label: "high-level encryption" }, JP_REPORTABLE_1_2_4], citation: "APPI Enforcement Rules art. 8(2)", verification: "V" },
  { id: "JP-APPI-FINAL60", version: V1, recipient: "Personal Information Protection Commission", region: "JP", trigger: at("aware"), deadline: { kind: "japanDays", days: 60 }, zone: { kind: "fixed", zone: "Asia/Tokyo" },
    gates: [PD, { kind: "encryption", label: "high-level encryption" }, JP_WRONGFUL], citation: "APPI Enforcement Rules art. 8(2)", verification: "V" },
  { id: "JP-APPI-IND", version: V1, recipient: "Affected individuals", region: "JP", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Tokyo" },
    gates: [PD, { kind: "encryption", label: "high-level encryption" }, JP_ANY], citation: "APPI art. 26(2)", verification: "S" },
  { id: "KR-PIPA-DS", version: V1, recipient: "Affected data subjects", region: "KR", trigger: at("aware"), deadline: hours(72), zone: { kind: "fixed", zone: "Asia/Seoul" },
    gates: [PD, { kind: "compromise", any: ["loss", "acquisition", "disclosure"], label: "lost, stolen or leaked" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "risk of harm" }],
    citation: "PIPA art. 34(1); Enforcement Decree", verification: "S",
    uncertain: "The 2026 PIPA amendment (forgery, alteration, damage and a 'possibility' trigger) has an unverified commencement date" },
  { id: "KR-PIPA-PIPC", version: V1, recipient: "PIPC or KISA", region: "KR", trigger: at("aware"), deadline: hours(72), zone: { kind: "fixed", zone: "Asia/Seoul" },
    gates: [PD, { kind: "compromise", any: ["loss", "acquisition", "disclosure"], label: "lost, stolen or leaked" },
      { kind: "notFact", field: "riskRemediated", reason: "measures substantially reduced the risk (data retrieved or deleted)" },
      { kind: "anyOf", label: "1,000 or more people, sensitive or unique-identification data, or outside access", gates: [
        count(">=", 1000, "all"), { kind: "categories", any: KR_SENSITIVE, label: "sensitive or unique-identification data" },
        { kind: "cause", any: ["external_attack"], label: "unauthorised outside access" },
      ] }],
    citation: "PIPA art. 34(3); Enforcement Decree art. 40", verification: "S" },

  // E. Proposed
  { id: "US-CIRCIA-INC", version: V1, recipient: "CISA", region: "US", touchFlags: ["circiaCoveredEntity"], trigger: { kind: "none" }, deadline: hours(72), zone: ORG,
    gates: [{ kind: "proposed" }], citation: "CIRCIA NPRM, 89 FR 23644 (4 Apr 2024)", verification: "P" },
  { id: "US-CIRCIA-RANSOM", version: V1, recipient: "CISA", region: "US", touchFlags: ["circiaCoveredEntity"], trigger: { kind: "none" }, deadline: hours(24), zone: ORG,
    gates: [{ kind: "proposed" }], citation: "CIRCIA NPRM, 89 FR 23644 (4 Apr 2024)", verification: "P" },
  { id: "US-CIRCIA-SUPP", version: V1, recipient: "CISA", region: "US", touchFlags: ["circiaCoveredEntity"], trigger: { kind: "none" }, deadline: hours(24), zone: ORG,
    gates: [{ kind: "proposed" }], citation: "CIRCIA NPRM, 89 FR 23644 (4 Apr 2024)", verification: "P" },
];

export const RULES_BY_ID: ReadonlyMap<TRuleId, TRule> = new Map(CATALOG.map((rule) => [rule.id, rule]));
