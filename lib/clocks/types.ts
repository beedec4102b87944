/**
 * Types of the clock-engine contract v1 (/work/shared/spec/clock-engine.md, clock-engine.schema.json, copied next
 * to this file). `TFacts` is the input as the schema allows it; `TNormalizedFacts` is the same with every default
 * filled in, which is what the engine reads.
 */

export const RULE_IDS = [
  "EU-GDPR-33-SA", "EU-GDPR-33-PROC", "EU-GDPR-34-DS", "UK-GDPR-33-ICO", "UK-GDPR-34-DS", "UK-PECR-ICO",
  "EU-NIS2-23-EW", "EU-NIS2-23-NOT", "EU-NIS2-23-INT", "EU-NIS2-23-FIN", "EU-NIS2-23-RECIP", "EU-DORA-INIT",
  "EU-DORA-INTERIM", "EU-DORA-FINAL", "EU-DORA-CLIENT", "US-SEC-8K-105", "US-SEC-8K-105-AMD", "US-HIPAA-404",
  "US-HIPAA-406", "US-HIPAA-408-500", "US-HIPAA-408-LOG", "US-HIPAA-410", "US-FTC-314", "US-CA-1798.82-IND",
  "US-CA-1798.82-AG", "US-CA-1798.82-VND", "US-CA-1798.150", "US-NY-899aa-IND", "US-NY-899aa-REG",
  "US-NY-899aa-DFS", "US-NY-899aa-CRA", "US-NY-899aa-VND", "US-NY-500.17-INC", "US-NY-500.17-EXT24",
  "US-NY-500.17-EXT30", "US-TX-521.053-IND", "US-TX-521.053-AG", "US-TX-521.053-CRA", "US-FL-501.171-IND",
  "US-FL-501.171-DLA", "US-FL-501.171-CRA", "US-FL-501.171-VND", "US-CO-6-1-716-IND", "US-CO-6-1-716-AG",
  "US-CO-6-1-716-CRA", "US-WA-19.255-IND", "US-WA-19.255-AG", "US-MA-93H-IND", "US-MA-93H-REG", "US-MA-93H-CM",
  "US-AZ-18-552-IND", "US-AZ-18-552-AG", "US-CT-36a-701b-IND", "US-CT-36a-701b-AG", "US-DE-12B-IND",
  "US-DE-12B-AG", "US-ME-1348-IND", "US-ME-1348-REG", "US-OR-646A.604-IND", "US-OR-646A.604-AG", "US-VT-2435-AG",
  "US-VT-2435-IND", "US-MD-14-3504", "CA-PIPEDA-OPC", "CA-PIPEDA-IND", "CA-PIPEDA-ORG", "CA-PIPEDA-REC",
  "AU-NDB-ASSESS", "AU-NDB-OAIC", "AU-NDB-IND", "SG-PDPA-ASSESS", "SG-PDPA-PDPC", "SG-PDPA-IND", "BR-LGPD-ANPD",
  "BR-LGPD-TIT", "BR-LGPD-SUPP", "IN-DPDP-DP", "IN-DPDP-BOARD-1", "IN-DPDP-BOARD-72", "IN-CERTIN-6H",
  "JP-APPI-PRELIM", "JP-APPI-FINAL30", "JP-APPI-FINAL60", "JP-APPI-IND", "KR-PIPA-DS", "KR-PIPA-PIPC",
  "US-CIRCIA-INC", "US-CIRCIA-RANSOM", "US-CIRCIA-SUPP",
] as const;
export type TRuleId = (typeof RULE_IDS)[number];

export const MOMENTS = [
  "suspected", "aware", "discovered", "breachDetermined", "cybersecurityIncidentDetermined", "materialityDetermined",
  "majorClassified", "assessmentCompleted", "ransomPaid", "newInformationAvailable", "authorityRequest",
] as const;
export type TMoment = (typeof MOMENTS)[number];

export type TTri = "yes" | "no" | "unknown";
export type TRiskLevel = "none" | "risk" | "high" | "unknown";
export type TDataCategory =
  | "name" | "contact_details" | "national_id_number" | "government_id_document" | "financial_account"
  | "financial_access_code" | "financial_other" | "online_credentials" | "health" | "biometric" | "genetic"
  | "special_category" | "children" | "elderly" | "location" | "secrecy_protected" | "employment" | "behavioural"
  | "other";
export type TCompromise = "access" | "acquisition" | "disclosure" | "loss" | "alteration" | "destruction" | "unavailability";
export type TCause = "external_attack" | "malicious_insider" | "accidental" | "lost_device" | "stolen_device" | "unknown";

export const BOOLEAN_FLAGS = [
  "nydfsCoveredEntity", "secRegistrant", "nis2TrustServiceProvider", "doraFinancialEntity", "pecrProvider",
  "certInScope", "ftcFinancialInstitution", "circiaCoveredEntity", "australianAppEntity", "brazilSmallProcessingAgent",
  "consumerReportingAgency", "vermontAttestationFiled",
] as const;
export type TBooleanFlag = (typeof BOOLEAN_FLAGS)[number];

export type TClassificationKey = "significant" | "major" | "material" | "cybersecurityIncident" | "coveredCyberIncident";

export type TNormalizedFacts = {
  contractVersion: "1";
  asOf: string;
  organisation: {
    name?: string;
    timeZone: string;
    establishments: string[];
    leadAuthorityCountry: string | null;
    dataRole: "controller" | "processor";
    flags: Record<TBooleanFlag, boolean> & {
      hipaa: "none" | "covered_entity" | "business_associate";
      nis2Entity: "none" | "essential" | "important";
    };
  };
  incident: {
    personalData: TTri;
    dataCategories: TDataCategory[];
    phi: boolean;
    /** null = not known. */
    compromise: TCompromise[] | null;
    cause: TCause;
    encryption: { status: "none" | "encrypted" | "unknown"; keyCompromised: TTri };
    redacted: boolean;
    riskLevel: TRiskLevel;
    riskByJurisdiction: Record<string, TRiskLevel>;
    riskRemediated: boolean;
    disproportionateEffort: boolean;
    confinedWithinOrganisation: boolean;
    largeScale: boolean;
    ransomware: boolean;
    classification: Record<TClassificationKey, TTri>;
    serviceRecipientsAffected: boolean;
    clientsFinancialInterestsAffected: boolean;
    lawEnforcementDelay: { requestedAt: string; until: string | null; written: boolean } | null;
    extensionsClaimed: TRuleId[];
  };
  affected: { jurisdiction: string; count: number | null; dataCategories: TDataCategory[] }[];
  moments: Partial<Record<TMoment, string>>;
  notices: { ruleId: TRuleId; sentAt: string }[];
};

export type TApplies = "yes" | "no" | "undetermined";
export type TDueKind = "fixed" | "no_fixed_deadline" | "awaiting_trigger" | "not_applicable";
export type TStatus = "on_track" | "due_soon" | "overdue" | "met" | "met_late" | "not_applicable" | "awaiting_trigger";
export type TInfoKind =
  | "roll_forward" | "provisional_bound" | "internal_target" | "extension" | "delay" | "constraint" | "uncertain" | "note";
export type TInfo = { kind: TInfoKind; text: string; at?: string };
export type TVerification = "V" | "S" | "U" | "P";

export type TObligation = {
  ruleId: TRuleId;
  ruleVersion: string;
  recipient: string;
  applies: TApplies;
  reason: string;
  dueKind: TDueKind;
  due: string | null;
  dueUtc: string | null;
  timeZone: string;
  trigger: { moment: TMoment | "notice"; ruleId?: TRuleId; at: string | null } | null;
  citation: string;
  status: TStatus;
  info?: TInfo[];
  verification: TVerification;
};

export type TEvaluation = {
  contractVersion: "1";
  catalogVersion: string;
  asOf: string;
  obligations: TObligation[];
};

export type TInvalidParam = { name: string; reason: string };
