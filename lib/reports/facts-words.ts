import { jurisdictionName, regionName } from "@/lib/clocks/jurisdictions";
import { describeDataCategories } from "@/lib/notices/data-categories";
import { affectedByJurisdiction } from "@/lib/status/status";
import { factLabel, factValue } from "@/lib/timeline-text/facts";

/**
 * The incident's recorded facts as a regulator reads them: people by jurisdiction name, data in the plain words a
 * letter to them would use (the same words as the notices' pre-fill), other answers as "label: value". Pure.
 */

type TStoredFactsShape = {
  incident?: Record<string, unknown> & { dataCategories?: string[] };
  affected?: { jurisdiction?: unknown; count?: unknown; dataCategories?: unknown }[];
  riskReasoning?: unknown;
};

const shape = (facts: unknown): TStoredFactsShape => (facts && typeof facts === "object" ? (facts as TStoredFactsShape) : {});

/** "California", "the United Kingdom"; a legacy region code ("UK", "EU") by the region's name. */
function placeName(code: string): string {
  const name = jurisdictionName(code);
  return name === code ? regionName(code) : name;
}

const number = (n: number) => n.toLocaleString("en-US");

/** "About 1,200 residents of California", "1 resident of Texas", "An unknown number of residents of Germany". */
export function residentsText(jurisdiction: string, count: number | null): string {
  const place = placeName(jurisdiction);
  if (count === null) return `An unknown number of residents of ${place}`;
  if (count === 0) return `No residents of ${place}`;
  if (count === 1) return `1 resident of ${place}`;
  return `About ${number(count)} residents of ${place}`;
}

/** One line per jurisdiction, most people first, and a closing total ("About 1,500 people in all; one number is not known yet."). */
export function affectedPeopleText(facts: unknown): { lines: string[]; total: string | null } {
  const affected = affectedByJurisdiction(facts);
  if (affected.rows.length === 0) return { lines: [], total: null };
  const lines = affected.rows.map((row) => residentsText(row.jurisdiction, row.count));
  const unknown = affected.unknown === 0 ? "" : `; ${affected.unknown === 1 ? "one number is" : `${affected.unknown} numbers are`} not known yet`;
  return { lines, total: `About ${number(affected.total)} ${affected.total === 1 ? "person" : "people"} in all${unknown}.` };
}

/**
 * The data involved in plain words: one sentence when every jurisdiction has the incident's categories, else one line
 * per jurisdiction whose entry names its own ("Residents of California: names and …").
 */
export function dataInvolvedText(facts: unknown): { common: string | null; byJurisdiction: string[] } {
  const { incident, affected = [] } = shape(facts);
  const incidentCategories = Array.isArray(incident?.dataCategories) ? incident.dataCategories : [];
  const common = describeDataCategories(incidentCategories) || null;
  const byJurisdiction = affected
    .filter((entry) => typeof entry?.jurisdiction === "string" && Array.isArray(entry.dataCategories))
    .map((entry) => {
      const words = describeDataCategories(entry.dataCategories as string[]);
      return `Residents of ${placeName(entry.jurisdiction as string)}: ${words || "no categories recorded"}.`;
    });
  return { common: common ? `The personal data involved: ${common}.` : null, byJurisdiction };
}

/** Every other recorded answer about the incident as "Label: value" in words; unanswered questions are left out. */
export function otherFactsText(facts: unknown): string[] {
  const { incident = {}, riskReasoning } = shape(facts);
  const lines = Object.entries(incident)
    .filter(([key, value]) => key !== "dataCategories" && value !== null && value !== undefined)
    .map(([key, value]) => {
      const label = factLabel(`incident.${key}`);
      return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${factValue(`incident.${key}`, value)}`;
    });
  if (typeof riskReasoning === "string" && riskReasoning.trim()) lines.push(`Risk reasoning: “${riskReasoning.trim()}”`);
  return lines;
}
