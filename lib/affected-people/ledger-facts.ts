import type { TStoredFacts } from "@/lib/incident-facts/schemas";

/** What the ledger says, counted: people per jurisdiction with their data categories, and those not placed yet. */
export type TLedgerCounts = {
  total: number;
  unresolved: number;
  byJurisdiction: { jurisdiction: string; people: number; dataCategories: string[] }[];
  dataCategories: string[];
};

/**
 * The incident's facts with the ledger's counts: each jurisdiction the ledger covers gets its count and categories
 * from the ledger (a hand-typed number for it is replaced); jurisdictions typed by hand that the ledger does not
 * cover stay as they are; the incident's data categories gain the ledger's. Pure.
 */
export function ledgerFacts(facts: TStoredFacts, counts: TLedgerCounts): TStoredFacts {
  const covered = new Set(counts.byJurisdiction.map((entry) => entry.jurisdiction));
  const fromLedger = counts.byJurisdiction.map(({ jurisdiction, people, dataCategories }) => ({
    jurisdiction,
    count: people,
    dataCategories: dataCategories as NonNullable<TStoredFacts["affected"][number]["dataCategories"]>,
  }));
  const categories = [...new Set([...(facts.incident.dataCategories ?? []), ...counts.dataCategories])].sort();
  return {
    ...facts,
    incident: { ...facts.incident, ...(categories.length > 0 ? { dataCategories: categories as NonNullable<TStoredFacts["incident"]["dataCategories"]> } : {}) },
    affected: [...facts.affected.filter((entry) => !covered.has(entry.jurisdiction)), ...fromLedger],
  };
}
