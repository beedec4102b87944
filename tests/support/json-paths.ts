/** Paths into JSON values, for tests that put hostile text into every string field of a sample. */

export type TJsonPath = (string | number)[];

/** Every string leaf of a JSON value, as a path of keys and indexes. */
export function stringPaths(value: unknown, prefix: TJsonPath = []): TJsonPath[] {
  if (typeof value === "string") return [prefix];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...prefix, i]));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...prefix, k]));
  return [];
}

/** Sets the leaf at `path` of `target` (which must exist up to its parent) to `value`, in place. */
export function setStringAt(target: unknown, path: TJsonPath, value: string): void {
  let node = target as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}
