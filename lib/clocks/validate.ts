import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import schema from "@/lib/clocks/clock-engine.schema.json";
import { jurisdictionProblem } from "@/lib/clocks/jurisdictions";
import { isKnownZone, parseInstant } from "@/lib/clocks/time";
import { CATALOG_VERSION, RULES_BY_ID } from "@/lib/clocks/catalog";
import {
  BOOLEAN_FLAGS, SECTORS, type TBooleanFlag, type TClassificationKey, type TInvalidParam, type TMoment, type TNormalizedFacts,
} from "@/lib/clocks/types";

/**
 * Facts validation: the contract's own JSON Schema (clock-engine.schema.json, copied verbatim from the spec) through
 * ajv, then the consistency checks the schema cannot express. Every error names the JSON pointer of the field
 * (`/incident/riskLevel`), as the contract's `invalid_params` require.
 */

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema);
const SCHEMA_ID = (schema as { $id: string }).$id;
const validateFactsSchema = ajv.getSchema(`${SCHEMA_ID}#/$defs/Facts`)!;
const validateEvaluationSchema = ajv.getSchema(`${SCHEMA_ID}#/$defs/Evaluation`)!;

export type TValidation = { ok: true; facts: TNormalizedFacts } | { ok: false; invalidParams: TInvalidParam[] };

/** Classification flags that have a moment of their own: a declared moment with the flag "no" is inconsistent. */
const CLASSIFICATION_MOMENT: Partial<Record<TClassificationKey, TMoment>> = {
  major: "majorClassified",
  material: "materialityDetermined",
  cybersecurityIncident: "cybersecurityIncidentDetermined",
};

/** Rules with a statutory extension the organisation can claim (K11). */
const EXTENDABLE = new Set(["US-FL-501.171-IND"]);

export function validateFacts(input: unknown): TValidation {
  if (!validateFactsSchema(input)) {
    return { ok: false, invalidParams: schemaErrors(validateFactsSchema.errors ?? []) };
  }
  const facts = normalize(input as TRawFacts);
  const problems = consistencyErrors(facts);
  return problems.length > 0 ? { ok: false, invalidParams: problems } : { ok: true, facts };
}

/** For tests and the CLI's self-check: does a value match the contract's Evaluation schema? */
export function evaluationSchemaErrors(value: unknown): TInvalidParam[] {
  return validateEvaluationSchema(value) ? [] : schemaErrors(validateEvaluationSchema.errors ?? []);
}

function schemaErrors(errors: ErrorObject[]): TInvalidParam[] {
  const seen = new Set<string>();
  const result: TInvalidParam[] = [];
  for (const error of errors) {
    // anyOf/if wrappers repeat what their branches said; the branch errors name the field better.
    if (error.keyword === "anyOf" || error.keyword === "if") continue;
    let name = error.instancePath || "/";
    let reason = error.message ?? "is not valid";
    if (error.keyword === "required") {
      name = `${error.instancePath}/${escapePointer(String(error.params.missingProperty))}`;
      reason = "is required";
    } else if (error.keyword === "additionalProperties") {
      name = `${error.instancePath}/${escapePointer(String(error.params.additionalProperty))}`;
      reason = "is not a field of the contract";
    } else if (error.keyword === "enum") {
      reason = `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    }
    const key = `${name}|${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ name, reason });
  }
  return result.length > 0 ? result : [{ name: "/", reason: "does not match the Facts schema" }];
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

type TRawFacts = {
  contractVersion?: "1";
  asOf: string;
  organisation: {
    name?: string;
    timeZone: string;
    establishments: string[];
    leadAuthorityCountry?: string | null;
    dataRole: "controller" | "processor";
    flags?: Partial<TNormalizedFacts["organisation"]["flags"]>;
    sectors?: { sector: string; jurisdiction: string; home?: boolean }[];
    employees?: number | null;
  };
  incident: Partial<Omit<TNormalizedFacts["incident"], "encryption" | "classification" | "compromise">> & {
    personalData: TNormalizedFacts["incident"]["personalData"];
    dataCategories: TNormalizedFacts["incident"]["dataCategories"];
    compromise?: TNormalizedFacts["incident"]["compromise"];
    encryption?: { status: "none" | "encrypted" | "unknown"; keyCompromised?: "yes" | "no" | "unknown" };
    classification?: Partial<TNormalizedFacts["incident"]["classification"]>;
  };
  affected: { jurisdiction: string; count: number | null; dataCategories?: TNormalizedFacts["incident"]["dataCategories"] }[];
  moments: TNormalizedFacts["moments"];
  notices?: TNormalizedFacts["notices"];
};

/** Fills every default the schema names, so the engine never meets an absent field. */
function normalize(raw: TRawFacts): TNormalizedFacts {
  const flags = raw.organisation.flags ?? {};
  const booleanFlags = Object.fromEntries(BOOLEAN_FLAGS.map((flag) => [flag, flags[flag] ?? false])) as Record<TBooleanFlag, boolean>;
  const incident = raw.incident;
  const classification = incident.classification ?? {};
  return {
    contractVersion: "1",
    asOf: raw.asOf,
    organisation: {
      ...(raw.organisation.name === undefined ? {} : { name: raw.organisation.name }),
      timeZone: raw.organisation.timeZone,
      establishments: raw.organisation.establishments,
      leadAuthorityCountry: raw.organisation.leadAuthorityCountry ?? null,
      dataRole: raw.organisation.dataRole,
      sectors: (raw.organisation.sectors ?? []).map((entry) => ({
        sector: entry.sector as TNormalizedFacts["organisation"]["sectors"][number]["sector"],
        jurisdiction: entry.jurisdiction,
        home: entry.home ?? false,
      })),
      employees: raw.organisation.employees ?? null,
      flags: { ...booleanFlags, hipaa: flags.hipaa ?? "none", nis2Entity: flags.nis2Entity ?? "none" },
    },
    incident: {
      personalData: incident.personalData,
      dataCategories: incident.dataCategories,
      phi: incident.phi ?? false,
      compromise: incident.compromise ?? null,
      cause: incident.cause ?? "unknown",
      encryption: {
        status: incident.encryption?.status ?? "unknown",
        keyCompromised: incident.encryption?.keyCompromised ?? "unknown",
      },
      redacted: incident.redacted ?? false,
      riskLevel: incident.riskLevel ?? "unknown",
      riskByJurisdiction: incident.riskByJurisdiction ?? {},
      riskRemediated: incident.riskRemediated ?? false,
      disproportionateEffort: incident.disproportionateEffort ?? false,
      confinedWithinOrganisation: incident.confinedWithinOrganisation ?? false,
      largeScale: incident.largeScale ?? false,
      ransomware: incident.ransomware ?? false,
      classification: {
        significant: classification.significant ?? "unknown",
        major: classification.major ?? "unknown",
        material: classification.material ?? "unknown",
        cybersecurityIncident: classification.cybersecurityIncident ?? "unknown",
        coveredCyberIncident: classification.coveredCyberIncident ?? "unknown",
      },
      serviceRecipientsAffected: incident.serviceRecipientsAffected ?? false,
      clientsFinancialInterestsAffected: incident.clientsFinancialInterestsAffected ?? false,
      lawEnforcementDelay: incident.lawEnforcementDelay ?? null,
      extensionsClaimed: incident.extensionsClaimed ?? [],
    },
    affected: raw.affected.map((entry) => ({
      jurisdiction: entry.jurisdiction,
      count: entry.count,
      dataCategories: entry.dataCategories ?? incident.dataCategories,
    })),
    moments: raw.moments,
    notices: raw.notices ?? [],
  };
}

/** §3a: a code of the right shape that names no real country or subdivision is bad facts. */
function jurisdictionErrors(facts: TNormalizedFacts): TInvalidParam[] {
  const problems: TInvalidParam[] = [];
  const check = (name: string, code: string) => {
    const reason = jurisdictionProblem(code);
    if (reason) problems.push({ name, reason });
  };
  facts.affected.forEach((entry, index) => check(`/affected/${index}/jurisdiction`, entry.jurisdiction));
  facts.organisation.establishments.forEach((code, index) => check(`/organisation/establishments/${index}`, code));
  facts.organisation.sectors.forEach((entry, index) => check(`/organisation/sectors/${index}/jurisdiction`, entry.jurisdiction));
  for (const code of Object.keys(facts.incident.riskByJurisdiction)) {
    check(`/incident/riskByJurisdiction/${escapePointer(code)}`, code);
  }
  return problems;
}

/** The inconsistencies §1 names, and a few more that would otherwise produce a guessed deadline. */
function consistencyErrors(facts: TNormalizedFacts): TInvalidParam[] {
  const problems: TInvalidParam[] = [];
  if (!isKnownZone(facts.organisation.timeZone)) {
    problems.push({ name: "/organisation/timeZone", reason: "is not a time zone of the IANA tz database" });
  }
  problems.push(...jurisdictionErrors(facts));
  const knownSectors = new Set<string>(SECTORS);
  const seenSectors = new Map<string, number>();
  facts.organisation.sectors.forEach((entry, index) => {
    if (!knownSectors.has(entry.sector)) {
      problems.push({ name: `/organisation/sectors/${index}/sector`, reason: `is not a sector the catalog knows (${SECTORS.join(", ")})` });
    }
    const key = `${entry.sector}|${entry.jurisdiction}`;
    if (seenSectors.has(key)) problems.push({ name: `/organisation/sectors/${index}`, reason: `duplicates /organisation/sectors/${seenSectors.get(key)}` });
    seenSectors.set(key, index);
  });
  const incident = facts.incident;
  if (incident.personalData === "no") {
    if (incident.dataCategories.length > 0) {
      problems.push({ name: "/incident/dataCategories", reason: "must be empty when personalData is \"no\"" });
    }
    facts.affected.forEach((entry, index) => {
      if (entry.count !== null && entry.count > 0) {
        problems.push({ name: `/affected/${index}/count`, reason: "people cannot be affected when personalData is \"no\"" });
      }
    });
    if (incident.phi) problems.push({ name: "/incident/phi", reason: "cannot be true when personalData is \"no\"" });
  }
  for (const [key, moment] of Object.entries(CLASSIFICATION_MOMENT) as [TClassificationKey, TMoment][]) {
    if (incident.classification[key] === "no" && facts.moments[moment] !== undefined) {
      problems.push({ name: `/moments/${moment}`, reason: `is declared while /incident/classification/${key} is "no"` });
    }
  }
  if (incident.encryption.status !== "encrypted" && incident.encryption.keyCompromised === "yes") {
    problems.push({ name: "/incident/encryption/keyCompromised", reason: "a key can only be compromised for encrypted data" });
  }
  const seen = new Map<string, number>();
  facts.affected.forEach((entry, index) => {
    if (seen.has(entry.jurisdiction)) {
      problems.push({ name: `/affected/${index}/jurisdiction`, reason: `duplicates /affected/${seen.get(entry.jurisdiction)}` });
    }
    seen.set(entry.jurisdiction, index);
  });
  facts.notices.forEach((notice, index) => {
    if (!RULES_BY_ID.has(notice.ruleId)) {
      problems.push({ name: `/notices/${index}/ruleId`, reason: `${notice.ruleId} is not a rule of catalog ${CATALOG_VERSION}` });
    }
  });
  incident.extensionsClaimed.forEach((ruleId, index) => {
    if (!EXTENDABLE.has(ruleId)) {
      problems.push({ name: `/incident/extensionsClaimed/${index}`, reason: `${ruleId} has no statutory extension to claim` });
    }
  });
  const delay = incident.lawEnforcementDelay;
  if (delay?.until && parseInstant(delay.until) < parseInstant(delay.requestedAt)) {
    problems.push({ name: "/incident/lawEnforcementDelay/until", reason: "is before requestedAt" });
  }
  return problems;
}
