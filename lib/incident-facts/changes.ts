import type { TAffectedEntry, TResidency, TStoredFacts } from "@/lib/incident-facts/schemas";
import type { TDataCategory } from "@/lib/clocks/types";

/** Pure helpers of the facts service: field-level differences and merging a data-inventory suggestion. */

export type TFieldChange = { field: string; from: unknown; to: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** One entry per changed field (`incident.riskLevel`, `affected`, `riskReasoning`), old → new; unset is null. */
export function factChanges(before: TStoredFacts, after: TStoredFacts): TFieldChange[] {
  const changes: TFieldChange[] = [];
  const keys = new Set([...Object.keys(before.incident), ...Object.keys(after.incident)]);
  for (const key of [...keys].sort()) {
    const from = (before.incident as Record<string, unknown>)[key];
    const to = (after.incident as Record<string, unknown>)[key];
    if (!same(from, to)) changes.push({ field: `incident.${key}`, from: from ?? null, to: to ?? null });
  }
  if (!same(before.affected, after.affected)) changes.push({ field: "affected", from: before.affected, to: after.affected });
  if (!same(before.riskReasoning ?? null, after.riskReasoning ?? null)) {
    changes.push({ field: "riskReasoning", from: before.riskReasoning ?? null, to: after.riskReasoning ?? null });
  }
  return changes;
}

/**
 * Accepting "a finding on a listed store suggests affected data": the store's data categories join the incident's,
 * personal data become "yes", and each jurisdiction of the store's residency is added with the store's count. A
 * jurisdiction already listed keeps the larger count (a known count beats "not known").
 */
export function mergeStore(
  facts: TStoredFacts,
  store: { dataCategories: string[]; residency: TResidency },
): TStoredFacts {
  const categories = [...new Set([...(facts.incident.dataCategories ?? []), ...(store.dataCategories as TDataCategory[])])];
  const affected: TAffectedEntry[] = facts.affected.map((entry) => ({ ...entry }));
  for (const resident of store.residency) {
    const existing = affected.find((entry) => entry.jurisdiction === resident.jurisdiction);
    if (!existing) {
      affected.push({ jurisdiction: resident.jurisdiction, count: resident.count });
    } else if (resident.count !== null && (existing.count === null || resident.count > existing.count)) {
      existing.count = resident.count;
    }
  }
  return {
    ...facts,
    incident: { ...facts.incident, personalData: "yes", dataCategories: categories },
    affected,
  };
}

/**
 * The encryption fact from the data stores an incident touches, conservatively: "encrypted" only when every touched
 * store is encrypted at rest and nobody has recorded "none"; "none" as soon as one store is not. Whether the key was
 * compromised is never guessed: an earlier answer is kept, else "unknown". With no touched store the facts stay.
 */
export function mergeEncryption(facts: TStoredFacts, stores: readonly { encrypted: boolean }[]): TStoredFacts {
  if (stores.length === 0) return facts;
  const current = facts.incident.encryption;
  let encryption: NonNullable<TStoredFacts["incident"]["encryption"]>;
  if (stores.some((s) => !s.encrypted)) encryption = { status: "none", keyCompromised: "unknown" };
  else if (current?.status === "none") return facts;
  else encryption = { status: "encrypted", keyCompromised: current?.keyCompromised ?? "unknown" };
  return { ...facts, incident: { ...facts.incident, encryption } };
}
