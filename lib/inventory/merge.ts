import type { TClassification } from "@/lib/inventory/classify";
import type { TDiscoveredStore } from "@/lib/inventory/normalise";
import { canonicalJson } from "@/lib/data-stores/overrides";

/**
 * Pure rules of the upsert: what discovery says about a store (its state, diffed run to run for the history), and
 * which columns it may write. A person's edit of a discovered store marks the fields they changed as overrides
 * (`manual_overrides`); discovery then leaves those fields alone and keeps writing the rest. A store typed in by
 * hand that discovery later finds keeps every hand value (all fields overridden) and gains the AWS attributes.
 */

export { OVERRIDABLE_FIELDS, overridesAfterEdit, type TOverridableField } from "@/lib/data-stores/overrides";

/** What discovery knows about a store: the normalised store plus its classification. Stored as `discovered`. */
export type TDiscoveredState = Omit<TDiscoveredStore, "arn"> & {
  dataCategories: string[];
  residency: { jurisdiction: string; count: number | null }[];
};

export function discoveredState(store: TDiscoveredStore, classification: TClassification): TDiscoveredState {
  const rest: Omit<TDiscoveredStore, "arn"> & { arn?: string } = { ...store };
  delete rest.arn;
  return { ...rest, dataCategories: classification.dataCategories, residency: classification.residency };
}

// PostgreSQL's jsonb does not keep key order: a stored state compares by content.
const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The keys whose value differs, sorted; with the before and after of those keys only (the history row). */
export function stateDiff(before: Partial<TDiscoveredState> | null, after: TDiscoveredState): { keys: string[]; before: Record<string, unknown>; after: Record<string, unknown> } {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])]
    .filter((k) => !same((before as Record<string, unknown> | null)?.[k], (after as Record<string, unknown>)[k]))
    .sort();
  return {
    keys,
    before: Object.fromEntries(keys.map((k) => [k, (before as Record<string, unknown> | null)?.[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, (after as Record<string, unknown>)[k] ?? null])),
  };
}

/** The data_stores columns discovery writes for a state, leaving the overridden fields out. */
export function columnsFromState(state: TDiscoveredState, overrides: readonly string[]) {
  const owned = {
    name: state.name,
    dataCategories: state.dataCategories,
    residency: state.residency,
    encrypted: state.encrypted,
  };
  return {
    ...Object.fromEntries(Object.entries(owned).filter(([field]) => !overrides.includes(field))),
    kind: state.kind,
    region: state.region,
    accountId: state.accountId,
    kmsKeyId: state.kmsKeyId,
    publicAccess: state.publicAccess,
    publicAccessDetail: state.publicAccessDetail,
    tags: state.tags,
  } as Partial<typeof owned> & {
    kind: string; region: string; accountId: string | null; kmsKeyId: string | null; publicAccess: string; publicAccessDetail: string; tags: Record<string, string>;
  };
}
