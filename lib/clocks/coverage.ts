import type { TRegion, TRule } from "@/lib/clocks/catalog/model";
import { EEA, jurisdictionName } from "@/lib/clocks/jurisdictions";
import type { TBooleanFlag, TCoverage, TCoverageBasis, TNormalizedFacts } from "@/lib/clocks/types";

/**
 * Coverage (contract §3a): every jurisdiction the facts touch, once, and whether the catalog has rules of its own for
 * it. A state is covered only by its own rows (federal rows do not cover a state), a Canadian province only by its
 * own rows, an EU/EEA country by the EU rows, GB by the UK rows.
 */

/** The catalog region whose rows cover a jurisdiction code. */
export function coveringRegion(code: string): string {
  if (code === "GB") return "UK";
  if (EEA.has(code)) return "EU";
  return code;
}

/** The jurisdiction code a region's rows are listed under when a flag brings them in. */
function regionCode(region: TRegion): string {
  return region === "UK" ? "GB" : region;
}

const regionsByCatalog = new WeakMap<readonly TRule[], ReadonlySet<string>>();

function catalogRegions(rules: readonly TRule[]): ReadonlySet<string> {
  let regions = regionsByCatalog.get(rules);
  if (!regions) {
    regions = new Set(rules.map((rule) => rule.region));
    regionsByCatalog.set(rules, regions);
  }
  return regions;
}

function flagIsSet(flag: TBooleanFlag | "nis2Entity" | "hipaa", facts: TNormalizedFacts): boolean {
  const flags = facts.organisation.flags;
  if (flag === "nis2Entity") return flags.nis2Entity !== "none";
  if (flag === "hipaa") return flags.hipaa !== "none";
  return flags[flag];
}

/** `rowsPerRegion`: how many rows of each region the evaluation listed. */
export function computeCoverage(
  facts: TNormalizedFacts, rules: readonly TRule[], rowsPerRegion: ReadonlyMap<string, number>,
): TCoverage[] {
  const entries = new Map<string, { basis: Set<TCoverageBasis>; count?: number | null }>();
  const add = (code: string, basis: TCoverageBasis, count?: number | null) => {
    let entry = entries.get(code);
    if (!entry) {
      entry = { basis: new Set() };
      entries.set(code, entry);
    }
    entry.basis.add(basis);
    if (basis === "affected") entry.count = count ?? null;
  };
  for (const entry of facts.affected) add(entry.jurisdiction, "affected", entry.count);
  for (const code of facts.organisation.establishments) add(code, "establishment");
  for (const entry of facts.organisation.sectors) add(entry.jurisdiction, "flag");
  for (const rule of rules) {
    if (rule.touchFlags?.some((flag) => flagIsSet(flag, facts))) add(regionCode(rule.region), "flag");
  }

  const regions = catalogRegions(rules);
  const coverage: TCoverage[] = [];
  for (const code of [...entries.keys()].sort()) {
    const entry = entries.get(code)!;
    const region = coveringRegion(code);
    const covered = regions.has(region);
    const item: TCoverage = {
      jurisdiction: code,
      basis: (["affected", "establishment", "flag"] as const).filter((basis) => entry.basis.has(basis)),
      ...(entry.basis.has("affected") ? { count: entry.count ?? null } : {}),
      covered,
      rules: rowsPerRegion.get(region) ?? 0,
    };
    const note = coverageNote(code, covered, entry.basis, regions);
    if (note) item.note = note;
    coverage.push(item);
  }
  return coverage;
}

function coverageNote(code: string, covered: boolean, basis: Set<TCoverageBasis>, regions: ReadonlySet<string>): string | null {
  const precise = basis.has("affected") || basis.has("establishment");
  if (code === "US" && precise) {
    return "US state not known: federal rows evaluated; no state's rows can be evaluated without the state code (US-XX)";
  }
  if (code === "EU" && precise) {
    return "EU/EEA member state not known: EU rows evaluated; member-state law and the member state's reference zone need the country code";
  }
  if (covered) return null;
  const [country, subdivision] = code.split("-") as [string, string | undefined];
  if (subdivision !== undefined && regions.has(coveringRegion(country))) {
    return `no rules of ${jurisdictionName(code)} itself: the ${country === "US" ? "federal" : `${jurisdictionName(country)}-wide`} rows do not cover it`;
  }
  return `no rules of ${jurisdictionName(code)} in the catalog`;
}

/** A coverage gap in plain words, for every screen, report and export that shows obligations. */
export function coverageGapText(entry: Pick<TCoverage, "jurisdiction">, catalogVersion: string): string {
  return `No rules for ${jurisdictionName(entry.jurisdiction)} in catalog ${catalogVersion}: consult counsel`;
}

export function coverageGaps<T extends Pick<TCoverage, "covered">>(coverage: readonly T[]): T[] {
  return coverage.filter((entry) => !entry.covered);
}
