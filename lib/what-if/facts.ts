import type { TMoment } from "@/lib/clocks/types";
import { affectedFromDraft, errorsByRow, incidentFromDraft, type TFactsDraft } from "@/lib/incident-facts/draft";
import type { TIncidentFactsFields } from "@/lib/incident-facts/schemas";

/**
 * The facts the What-if page evaluates (the clock-engine contract's input), built from where the page started (the
 * organisation profile, an incident or an example), the Facts form's draft and the moments the user set. Pure and
 * browser-safe: the page rebuilds them on every change.
 */
export type TWhatIfFacts = {
  contractVersion?: string;
  asOf: string;
  organisation: Record<string, unknown>;
  incident: TIncidentFactsFields & Record<string, unknown>;
  affected: { jurisdiction: string; count: number | null; dataCategories?: string[] }[];
  moments: Partial<Record<TMoment, string>>;
  notices?: { ruleId: string; sentAt: string }[];
};

/** Where the page's facts came from, said above the form. */
export type TWhatIfOrigin = { kind: "incident"; label: string } | { kind: "profile"; missing: boolean } | { kind: "example"; label: string };

/** "2026-11-20T15:00:00Z": the contract's instants have seconds and no fraction. */
export function contractInstantOf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function buildWhatIfFacts(
  start: TWhatIfFacts,
  draft: TFactsDraft,
  moments: Partial<Record<TMoment, string>>,
  asOf: string,
): { facts: TWhatIfFacts; problems: Record<string, string>; rowOf: number[] } {
  const { affected, problems, rowOf } = affectedFromDraft(draft);
  const { compromise, ...incident } = { ...start.incident, ...incidentFromDraft(draft, start.incident) };
  return {
    // The contract says "not known" by leaving `compromise` out; the stored facts say it with null.
    facts: { ...start, asOf, incident: compromise ? { ...incident, compromise } : incident, affected, moments },
    problems,
    rowOf,
  };
}

/**
 * The route's field names (`facts.incident.riskLevel`, `facts.affected.0.count`, `facts.moments.aware`) as the form's
 * fields know them (`incident.riskLevel`, `affected.<row>.count`, `moments.aware`).
 */
/** Field errors the Facts form and the moments show beside their field; any other is listed with the results. */
export const SHOWN_BY_A_FIELD = /^(incident\.(personalData|dataCategories|encryption|riskLevel)|affected|moments\.|asOf$)/;

export function formErrors(fieldErrors: Record<string, string>, rowOf: readonly number[]): Record<string, string> {
  const renamed = Object.fromEntries(Object.entries(fieldErrors).map(([name, reason]) => [name.replace(/^facts\./, ""), reason]));
  return errorsByRow(renamed, rowOf);
}
