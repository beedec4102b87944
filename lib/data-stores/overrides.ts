/**
 * Which fields of a discovered store a person has set by hand (pure): discovery leaves those alone
 * (lib/inventory/merge.ts). The data-store service marks them when a person edits a discovered store.
 */

export const OVERRIDABLE_FIELDS = ["name", "dataCategories", "residency", "encrypted"] as const;
export type TOverridableField = (typeof OVERRIDABLE_FIELDS)[number];

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order, so stored values compare by content. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

type TEditable = { name: string; dataCategories: readonly string[]; residency: unknown; encrypted: boolean };

/** The overrides after a person's edit: those already set, plus every overridable field whose value they changed. */
export function overridesAfterEdit(before: TEditable, after: TEditable, existing: readonly string[]): TOverridableField[] {
  const changed = OVERRIDABLE_FIELDS.filter((field) => {
    if (field === "dataCategories") return !same([...before.dataCategories].sort(), [...after.dataCategories].sort());
    return !same(before[field], after[field]);
  });
  return OVERRIDABLE_FIELDS.filter((field) => existing.includes(field) || changed.includes(field));
}
