import { DATA_CATEGORY_LABELS } from "@/lib/incident-facts/schemas";
import { jurisdictionName } from "@/lib/clocks/jurisdictions";
import { list } from "@/lib/timeline-text/parts";

/** What each recorded fact is called on screen (the facts form's words), keyed by the change's field path. */
const FACT_LABELS: Record<string, string> = {
  "incident.personalData": "personal data compromised",
  "incident.dataCategories": "kinds of data",
  "incident.phi": "protected health information",
  "incident.compromise": "what happened to the data",
  "incident.cause": "cause",
  "incident.encryption": "encryption",
  "incident.redacted": "data redacted",
  "incident.riskLevel": "risk assessment",
  "incident.riskByJurisdiction": "risk by jurisdiction",
  "incident.riskRemediated": "risk remediated",
  "incident.disproportionateEffort": "individual notice would take disproportionate effort",
  "incident.confinedWithinOrganisation": "confined within the organisation",
  "incident.largeScale": "large scale",
  "incident.ransomware": "ransomware",
  "incident.classification": "classification",
  "incident.serviceRecipientsAffected": "service recipients affected",
  "incident.clientsFinancialInterestsAffected": "clients' financial interests affected",
  affected: "people affected",
  riskReasoning: "risk reasoning",
};

const WORDS: Record<string, string> = {
  yes: "yes", no: "no", unknown: "not known", none: "none", risk: "a risk to people", high: "a high risk to people",
  encrypted: "encrypted", external_attack: "an external attack", malicious_insider: "a malicious insider",
  accidental: "an accident", lost_device: "a lost device", stolen_device: "a stolen device", access: "accessed",
  acquisition: "acquired", disclosure: "disclosed", loss: "lost", alteration: "altered", destruction: "destroyed",
  unavailability: "made unavailable",
};

/** A fact's name in words; an unknown path is humanised rather than shown raw. */
export function factLabel(field: string): string {
  return FACT_LABELS[field] ?? field.replace(/^incident\./, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();
}

function word(value: unknown): string {
  if (value === null || value === undefined) return "not set";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return value.toLocaleString("en-US");
  if (typeof value === "string") return WORDS[value] ?? DATA_CATEGORY_LABELS[value as keyof typeof DATA_CATEGORY_LABELS]?.toLowerCase() ?? value;
  return "";
}

/** A recorded fact's value in words: lists joined, people per jurisdiction by name, nested answers spelled out. */
export function factValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return "not set";
  if (field === "affected" && Array.isArray(value)) {
    if (value.length === 0) return "nobody listed";
    return list(
      value.map((entry: { jurisdiction?: string; count?: number | null }) =>
        `${jurisdictionName(String(entry.jurisdiction))} ${entry.count === null || entry.count === undefined ? "(number not known)" : `(${word(entry.count)})`}`,
      ),
    );
  }
  if (field === "incident.riskByJurisdiction" && typeof value === "object") {
    const entries = Object.entries(value as Record<string, string>);
    return entries.length ? list(entries.map(([code, level]) => `${jurisdictionName(code)}: ${word(level)}`)) : "none";
  }
  if (Array.isArray(value)) return value.length ? list(value.map(word)) : "none";
  if (typeof value === "object") {
    if (field === "incident.encryption") {
      const { status, keyCompromised } = value as { status?: string; keyCompromised?: string };
      return `${word(status)}${status === "encrypted" ? `, key compromised: ${word(keyCompromised)}` : ""}`;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? list(entries.map(([key, inner]) => `${factLabel(key)}: ${word(inner)}`)) : "none";
  }
  if (field === "riskReasoning") return `“${String(value).slice(0, 120)}${String(value).length > 120 ? "…" : ""}”`;
  return word(value);
}
