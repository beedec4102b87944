import type { TStoredFacts } from "@/lib/incident-facts/schemas";

/** What the ledger says, counted: people per jurisdiction with their data categories, and those not placed yet. */
export type TLedgerCounts = {
  total: number;
  unresolved: number;
  byJurisdiction: { jurisdiction: string; people: number; dataCategories: string[] }[];
  dataCategories: string[];
};

/** A count typed in place of the ledger's for one jurisdiction (with its reason, kept beside it). */
export type TCountOverride = { jurisdiction: string; count: number };

/**
 * The incident's facts with the ledger's counts: each jurisdiction the ledger covers gets its count and categories
 * from the ledger (a hand-typed number for it is replaced), except where an override gives the count, which wins
 * over the ledger's (its categories still come from the ledger when it covers the jurisdiction); jurisdictions typed
 * by hand that neither covers stay as they are; the incident's data categories gain the ledger's. Pure.
 */
export function ledgerFacts(facts: TStoredFacts, counts: TLedgerCounts, overrides: readonly TCountOverride[] = []): TStoredFacts {
  type TEntry = TStoredFacts["affected"][number];
  const overridden = new Map(overrides.map((o) => [o.jurisdiction, o.count]));
  const covered = new Set([...counts.byJurisdiction.map((entry) => entry.jurisdiction), ...overridden.keys()]);
  const fromLedger = new Map<string, TEntry>(counts.byJurisdiction.map(({ jurisdiction, people, dataCategories }) => [jurisdiction, {
    jurisdiction,
    count: overridden.get(jurisdiction) ?? people,
    dataCategories: dataCategories as NonNullable<TEntry["dataCategories"]>,
  }]));
  for (const [jurisdiction, count] of overridden) {
    if (fromLedger.has(jurisdiction)) continue;
    // The ledger no longer has anyone there (people moved in a later import): the override still holds.
    const typed = facts.affected.find((entry) => entry.jurisdiction === jurisdiction);
    fromLedger.set(jurisdiction, { ...typed, jurisdiction, count });
  }
  const categories = [...new Set([...(facts.incident.dataCategories ?? []), ...counts.dataCategories])].sort();
  return {
    ...facts,
    incident: { ...facts.incident, ...(categories.length > 0 ? { dataCategories: categories as NonNullable<TStoredFacts["incident"]["dataCategories"]> } : {}) },
    affected: [...facts.affected.filter((entry) => !covered.has(entry.jurisdiction)), ...fromLedger.values()],
  };
}
