import type { TDataCategory } from "@/lib/clocks/types";

/**
 * The administrator's tag mapping applied to one store's tags. Pure. A rule `key=value` matches a tag whose key and
 * value equal it ignoring case and surrounding spaces, or whose value lists it among values separated by `,`, `;`
 * or `|` ("PII;PHI" matches both `DataClassification=PII` and `DataClassification=PHI`). Every matching rule adds
 * its categories and jurisdictions; the result is sorted and without repeats, so a refresh with the same tags and
 * rules gives the same classification.
 */

export type TTagRule = { tagKey: string; tagValue: string; dataCategories: readonly string[]; jurisdictions: readonly string[] };

export type TClassification = {
  dataCategories: TDataCategory[];
  residency: { jurisdiction: string; count: null }[];
  /** The rules that matched, as "key=value", for the page to say why. */
  matched: string[];
};

const fold = (text: string) => text.trim().toLowerCase();

export function tagValueTokens(value: string): string[] {
  return [fold(value), ...value.split(/[,;|]/).map(fold)].filter(Boolean);
}

export function classify(tags: Record<string, string>, rules: readonly TTagRule[]): TClassification {
  const byKey = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(tags)) {
    const set = byKey.get(fold(key)) ?? new Set<string>();
    for (const token of tagValueTokens(value)) set.add(token);
    byKey.set(fold(key), set);
  }
  const categories = new Set<string>();
  const jurisdictions = new Set<string>();
  const matched: string[] = [];
  for (const rule of rules) {
    if (!byKey.get(fold(rule.tagKey))?.has(fold(rule.tagValue))) continue;
    matched.push(`${rule.tagKey}=${rule.tagValue}`);
    for (const c of rule.dataCategories) categories.add(c);
    for (const j of rule.jurisdictions) jurisdictions.add(j.trim().toUpperCase());
  }
  return {
    dataCategories: [...categories].sort() as TDataCategory[],
    residency: [...jurisdictions].sort().map((jurisdiction) => ({ jurisdiction, count: null })),
    matched: matched.sort(),
  };
}
