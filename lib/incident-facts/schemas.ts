import { z } from "zod";
import { jurisdictionProblem } from "@/lib/clocks/jurisdictions";
import { BOOLEAN_FLAGS, MOMENTS, type TDataCategory, type TMoment } from "@/lib/clocks/types";

/**
 * Inputs of the clock facts: declared moments and the incident's facts (contract `incident` and `affected`); the
 * organisation profile and the data inventory have their own (lib/organisation, lib/data-stores). Field names follow the clock-engine
 * contract, so a stored value is exactly what the engine reads; the contract's own validation runs again on the
 * assembled facts before anything is written.
 */

export const DATA_CATEGORIES = [
  "name", "contact_details", "national_id_number", "government_id_document", "financial_account",
  "financial_access_code", "financial_other", "online_credentials", "health", "biometric", "genetic",
  "special_category", "children", "elderly", "location", "secrecy_protected", "employment", "behavioural", "other",
] as const satisfies readonly TDataCategory[];

export const DATA_CATEGORY_LABELS: Record<TDataCategory, string> = {
  name: "Names",
  contact_details: "Contact details",
  national_id_number: "Government id numbers (SSN, national id)",
  government_id_document: "Government id documents (passport, driving licence)",
  financial_account: "Financial account or card numbers",
  financial_access_code: "Financial access codes (PIN, CVV, password for an account)",
  financial_other: "Other financial data",
  online_credentials: "Online credentials (user name + password)",
  health: "Health",
  biometric: "Biometric",
  genetic: "Genetic",
  special_category: "Other special-category data",
  children: "Children's data",
  elderly: "Data of elderly people",
  location: "Location",
  secrecy_protected: "Data under professional secrecy",
  employment: "Employment",
  behavioural: "Behavioural / profiling",
  other: "Other personal data",
};

/** The organisation flags as the profile form and the Rules page name them. */
export const FLAG_LABELS: Record<(typeof BOOLEAN_FLAGS)[number], string> = {
  nydfsCoveredEntity: "NYDFS covered entity (23 NYCRR 500)",
  secRegistrant: "SEC registrant (files Form 8-K)",
  nis2TrustServiceProvider: "NIS2 trust service provider",
  doraFinancialEntity: "DORA financial entity",
  pecrProvider: "PECR provider (UK public electronic communications)",
  certInScope: "In CERT-In's scope (India)",
  ftcFinancialInstitution: "FTC Safeguards Rule financial institution",
  circiaCoveredEntity: "CIRCIA covered entity",
  australianAppEntity: "Australian APP entity",
  brazilSmallProcessingAgent: "Brazil small processing agent",
  consumerReportingAgency: "Consumer reporting agency",
  vermontAttestationFiled: "Vermont attestation filed",
};

export const MOMENT_LABELS: Record<TMoment, string> = {
  suspected: "Suspected",
  aware: "Aware (reasonable certainty personal data were compromised)",
  discovered: "Discovered",
  breachDetermined: "Breach determined",
  cybersecurityIncidentDetermined: "Cybersecurity incident determined",
  materialityDetermined: "Materiality determined",
  majorClassified: "Classified as major",
  assessmentCompleted: "Assessment completed",
  ransomPaid: "Ransom paid",
  newInformationAvailable: "New information available",
  authorityRequest: "Authority request received",
  vendorNoticeReceived: "Vendor's breach notice received",
};

const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
export const ZJurisdiction = z
  .string({ error: "is required" })
  .trim()
  .toUpperCase()
  .regex(JURISDICTION, { error: "must be a country code (GB, DE) or a state / province (US-CA, CA-ON)" })
  .refine((v) => v !== "UK" && v !== "EL", { error: "must be GB for the United Kingdom and GR for Greece" })
  .superRefine((v, context) => {
    const problem = JURISDICTION.test(v) && v !== "UK" && v !== "EL" ? jurisdictionProblem(v) : null;
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const ZDataCategory = z.enum(DATA_CATEGORIES, { error: "must be a data category of the vocabulary" });
const ZTri = z.enum(["yes", "no", "unknown"], { error: "must be yes, no or unknown" });
const ZRiskLevel = z.enum(["none", "risk", "high", "unknown"], { error: "must be none, risk, high or unknown" });
const REASON_MAX = 2_000;
export const ZReason = z
  .string({ error: "is required: say why" })
  .trim()
  .min(1, { error: "is required: say why" })
  .max(REASON_MAX, { error: `must be at most ${REASON_MAX} characters` });

/** An instant with its offset; the service stores it to the second (the contract's instants have no fractions). */
export const ZInstantInput = z.iso.datetime({ offset: true, error: "must be an instant with its offset, e.g. 2027-03-26T11:05:00Z" });

export function toSecond(value: string): Date {
  const date = new Date(value);
  date.setUTCMilliseconds(0);
  return date;
}

export const ZIncidentFactsFields = z
  .object({
    personalData: ZTri,
    dataCategories: z.array(ZDataCategory).transform((list) => [...new Set(list)]),
    phi: z.boolean(),
    compromise: z
      .array(z.enum(["access", "acquisition", "disclosure", "loss", "alteration", "destruction", "unavailability"]))
      .transform((list) => [...new Set(list)])
      .nullable(),
    cause: z.enum(["external_attack", "malicious_insider", "accidental", "lost_device", "stolen_device", "unknown"]),
    encryption: z.object({
      status: z.enum(["none", "encrypted", "unknown"], { error: "must be none, encrypted or unknown" }),
      keyCompromised: ZTri,
    }),
    redacted: z.boolean(),
    riskLevel: ZRiskLevel,
    riskByJurisdiction: z.record(z.string().regex(JURISDICTION, { error: "must be a jurisdiction code" }), ZRiskLevel),
    riskRemediated: z.boolean(),
    disproportionateEffort: z.boolean(),
    confinedWithinOrganisation: z.boolean(),
    largeScale: z.boolean(),
    ransomware: z.boolean(),
    classification: z
      .object({
        significant: ZTri,
        major: ZTri,
        material: ZTri,
        cybersecurityIncident: ZTri,
        coveredCyberIncident: ZTri,
      })
      .partial(),
    serviceRecipientsAffected: z.boolean(),
    clientsFinancialInterestsAffected: z.boolean(),
  })
  .partial()
  .strict();
export type TIncidentFactsFields = z.output<typeof ZIncidentFactsFields>;

export const ZAffectedEntry = z
  .object({
    jurisdiction: ZJurisdiction,
    /** Distinct people residing there; null = not known yet. */
    count: z.number({ error: "must be a whole number of people" }).int().min(0, { error: "cannot be negative" }).nullable(),
    dataCategories: z.array(ZDataCategory).optional(),
  })
  .strict();
export type TAffectedEntry = z.output<typeof ZAffectedEntry>;

export const RISK_REASONING_MAX = 5_000;

export const ZUpdateFactsInput = z
  .object({
    /** The facts version the user saw (0 when the incident has no facts yet). */
    expectedVersion: z.number({ error: "must be the facts version you saw" }).int().min(0),
    reason: ZReason,
    incident: ZIncidentFactsFields.optional(),
    /** Replaces the whole list when given. */
    affected: z.array(ZAffectedEntry).max(300).optional(),
    riskReasoning: z.string().trim().max(RISK_REASONING_MAX).optional(),
  })
  .strict();
export type TUpdateFactsInput = z.input<typeof ZUpdateFactsInput>;

/** What incident_facts.facts holds. */
export type TStoredFacts = {
  incident: TIncidentFactsFields;
  affected: TAffectedEntry[];
  riskReasoning?: string;
};

const ZMoment = z.enum(MOMENTS, { error: `must be one of ${MOMENTS.join(", ")}` });

export const ZDeclareMomentInput = z
  .object({
    moment: ZMoment,
    /** The instant; or, instead, `sameAs`. */
    at: ZInstantInput.optional(),
    /** Declare this moment at the instant of that moment's current declaration ("Discovered at the same time as Aware"). */
    sameAs: ZMoment.optional(),
    reason: ZReason,
    /** The current declaration of this moment that this one corrects. */
    supersedesId: z.uuid({ error: "must be the id of the declaration this one corrects" }).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.at === undefined && input.sameAs === undefined) context.addIssue({ code: "custom", path: ["at"], message: "is required" });
    if (input.at !== undefined && input.sameAs !== undefined) context.addIssue({ code: "custom", path: ["sameAs"], message: "must not be given with an instant" });
    if (input.sameAs !== undefined && input.sameAs === input.moment) context.addIssue({ code: "custom", path: ["sameAs"], message: "must be another moment" });
  });
export type TDeclareMomentInput = z.input<typeof ZDeclareMomentInput>;

export type TResidency = { jurisdiction: string; count: number | null }[];


export const ZAcceptSuggestionInput = z
  .object({
    findingId: z.uuid({ error: "must be a finding id" }),
    storeId: z.uuid({ error: "must be a data store id" }),
    expectedVersion: z.number({ error: "must be the facts version you saw" }).int().min(0),
  })
  .strict();
export type TAcceptSuggestionInput = z.input<typeof ZAcceptSuggestionInput>;
