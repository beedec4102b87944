/**
 * The fields of a flat record that differ, as the two sides of an administration log entry: only what changed is
 * kept, so an entry says what a change did rather than repeating what stayed. Pure.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | null {
  const from: Partial<T> = {};
  const to: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
    from[key] = before[key];
    to[key] = after[key];
  }
  return Object.keys(to).length === 0 ? null : { before: from, after: to };
}
