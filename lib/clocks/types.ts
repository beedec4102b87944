/**
 * Types of the clock-engine contract v1 (its JSON Schema is clock-engine.schema.json, next to this file). `TFacts` is the input as the schema allows it; `TNormalizedFacts` is the same with every default
 * filled in, which is what the engine reads.
 */

import type { TCatalogRuleId } from "@/lib/clocks/catalog";

/** A rule id of the catalog: the union of the id lists of every catalog file (lib/clocks/catalog/). */
export type TRuleId = TCatalogRuleId;

export const MOMENTS = [
  "suspected", "aware", "discovered", "breachDetermined", "cybersecurityIncidentDetermined", "materialityDetermined",
  "majorClassified", "assessmentCompleted", "ransomPaid", "newInformationAvailable", "authorityRequest",
  "vendorNoticeReceived",
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

/**
 * What the organisation is in one US jurisdiction (`organisation.sectors`), for sector rows. Append new values at the
 * end, one a line, with the statute that needs them; never rename.
 */
export const SECTORS = [
  "insurance",
  "publicAgency",
  "publicAgencyContractor",
  "mortgageLicensee",
  "consumerLender",
  "moneyTransmitter",
  "nonbankFinancial",
  "sportsWagering",
  "stateBank",
  "stateCreditUnion",
  "merchantAcquirerBank",
  "telecomCarrier",
  "utility",
  "informationBroker",
  "payrollServiceProvider",
  "informationBrokerVendor", // maintains data for an information broker (O.C.G.A. §10-1-912(b))
  "stateAgency", // an agency of the state government itself, not a local one (815 ILCS 530/12, 530/25)
  "assumingInsurer", // assuming insurer without a direct contract with the consumers (IC 27-2-27-22)
] as const;
export type TSector = (typeof SECTORS)[number];
export type TSectorEntry = { sector: TSector; jurisdiction: string; home: boolean };

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
    /** Sector memberships per US jurisdiction (default empty). */
    sectors: TSectorEntry[];
    /** null = not known. */
    employees: number | null;
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

export type TCoverageBasis = "affected" | "establishment" | "flag";

/** One jurisdiction the facts touch (contract §3a): whether the catalog has rules for it. */
export type TCoverage = {
  jurisdiction: string;
  basis: TCoverageBasis[];
  count?: number | null;
  covered: boolean;
  rules: number;
  note?: string;
};

export type TEvaluation = {
  contractVersion: "1";
  catalogVersion: string;
  asOf: string;
  obligations: TObligation[];
  coverage: TCoverage[];
};

export type TInvalidParam = { name: string; reason: string };
