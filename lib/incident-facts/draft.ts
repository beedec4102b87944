import { jurisdictionLabel, parseJurisdiction } from "@/lib/clocks/jurisdictions";
import type { TDataCategory, TRiskLevel, TTri } from "@/lib/clocks/types";
import type { TAffectedEntry, TIncidentFactsFields } from "@/lib/incident-facts/schemas";

/**
 * What the Facts form holds while someone edits it, and the facts it stands for. One shape for every place the form
 * appears (an incident's Facts page saves it; the What-if page evaluates it), so the two cannot drift apart.
 */
export type TFactsRow = { jurisdiction: string; count: string; dataCategories?: TDataCategory[] };

export type TFactsDraft = {
  personalData: TTri;
  categories: TDataCategory[];
  encryption: "none" | "encrypted" | "unknown";
  keyCompromised: TTri;
  riskLevel: TRiskLevel;
  phi: boolean;
  ransomware: boolean;
  acquisition: boolean;
  rows: TFactsRow[];
};

type TAffectedInput = { jurisdiction: string; count: number | null; dataCategories?: TDataCategory[] };

export function draftFromFacts(incident: TIncidentFactsFields, affected: readonly TAffectedInput[]): TFactsDraft {
  return {
    personalData: incident.personalData ?? "unknown",
    categories: incident.dataCategories ?? [],
    encryption: incident.encryption?.status ?? "unknown",
    keyCompromised: incident.encryption?.keyCompromised ?? "unknown",
    riskLevel: incident.riskLevel ?? "unknown",
    phi: incident.phi ?? false,
    ransomware: incident.ransomware ?? false,
    acquisition: incident.compromise?.includes("acquisition") ?? false,
    rows: affected.map((entry) => ({
      jurisdiction: jurisdictionLabel(entry.jurisdiction),
      count: entry.count === null ? "" : String(entry.count),
      ...(entry.dataCategories ? { dataCategories: entry.dataCategories } : {}),
    })),
  };
}

/** The incident's facts with the form's answers applied; facts the form does not show keep their value. */
export function incidentFromDraft(draft: TFactsDraft, base: TIncidentFactsFields): TIncidentFactsFields {
  return {
    ...base,
    personalData: draft.personalData,
    dataCategories: draft.categories,
    encryption: { status: draft.encryption, keyCompromised: draft.encryption === "encrypted" ? draft.keyCompromised : "unknown" },
    riskLevel: draft.riskLevel,
    phi: draft.phi,
    ransomware: draft.ransomware,
    compromise: mergeCompromise(base.compromise ?? null, draft.acquisition),
  };
}

/** The form's fields whose answer differs from `base`'s, so a save records real changes, not defaults filled in. */
export function changedIncidentFields(draft: TFactsDraft, base: TIncidentFactsFields): Partial<TIncidentFactsFields> {
  const before = incidentFromDraft(draftFromFacts(base, []), base);
  const after = incidentFromDraft(draft, base);
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof TIncidentFactsFields])),
  ) as Partial<TIncidentFactsFields>;
}

/**
 * People affected per jurisdiction from the form's rows (empty rows skipped), each jurisdiction typed by name or
 * code. Rows that name no place come back as problems keyed like the API's field names (`affected.2.jurisdiction`).
 */
export function affectedFromDraft(draft: TFactsDraft): { affected: TAffectedEntry[]; problems: Record<string, string>; rowOf: number[] } {
  const affected: TAffectedEntry[] = [];
  const problems: Record<string, string> = {};
  const rowOf: number[] = [];
  draft.rows.forEach((row, index) => {
    if (row.jurisdiction.trim() === "" && row.count === "") return;
    const typed = parseJurisdiction(row.jurisdiction);
    if ("problem" in typed) {
      problems[`affected.${index}.jurisdiction`] = typed.problem;
      return;
    }
    rowOf.push(index);
    affected.push({
      jurisdiction: typed.code,
      count: row.count === "" ? null : Number(row.count),
      ...(row.dataCategories ? { dataCategories: row.dataCategories } : {}),
    });
  });
  return { affected, problems, rowOf };
}

/**
 * Field errors of a refused save or evaluation with `affected.<n>.…` renamed to the form row it came from (`rowOf`
 * from affectedFromDraft: empty rows are not sent, so entry n is not always row n).
 */
export function errorsByRow(errors: Record<string, string>, rowOf: readonly number[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([name, reason]) => {
      const match = /^affected\.(\d+)(\..*)?$/.exec(name);
      const row = match ? rowOf[Number(match[1])] : undefined;
      return [row === undefined ? name : `affected.${row}${match![2] ?? ""}`, reason];
    }),
  );
}

function mergeCompromise(current: TIncidentFactsFields["compromise"] | null, acquisition: boolean): TIncidentFactsFields["compromise"] {
  const rest = (current ?? []).filter((c) => c !== "acquisition");
  const next = acquisition ? [...rest, "acquisition" as const] : rest;
  return next.length === 0 && current === null ? null : next;
}
