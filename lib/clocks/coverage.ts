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

type TCatalogFacts = {
  regions: ReadonlySet<string>;
  /** Each flag that touches rows, with the jurisdiction codes of the regions it touches. */
  flagCodes: [TBooleanFlag | "nis2Entity" | "hipaa", string[]][];
  /** Notes depend only on the code, whether it is covered and whether it is affected or an establishment. */
  notes: Map<string, (string | null | undefined)[]>;
};

// Per catalog array (the engine's default one, or a register's with snapshotted rules): the work that does not
// depend on the facts is done once, since coverage runs on every evaluation.
const byCatalog = new WeakMap<readonly TRule[], TCatalogFacts>();

function catalogFacts(rules: readonly TRule[]): TCatalogFacts {
  let found = byCatalog.get(rules);
  if (!found) {
    const flagCodes = new Map<TBooleanFlag | "nis2Entity" | "hipaa", Set<string>>();
    for (const rule of rules) {
      for (const flag of rule.touchFlags ?? []) {
        if (!flagCodes.has(flag)) flagCodes.set(flag, new Set());
        flagCodes.get(flag)!.add(regionCode(rule.region));
      }
    }
    found = {
      regions: new Set(rules.map((rule) => rule.region)),
      flagCodes: [...flagCodes].map(([flag, codes]) => [flag, [...codes]]),
      notes: new Map(),
    };
    byCatalog.set(rules, found);
  }
  return found;
}

function flagIsSet(flag: TBooleanFlag | "nis2Entity" | "hipaa", facts: TNormalizedFacts): boolean {
  const flags = facts.organisation.flags;
  if (flag === "nis2Entity") return flags.nis2Entity !== "none";
  if (flag === "hipaa") return flags.hipaa !== "none";
  return flags[flag];
}

const AFFECTED = 1;
const ESTABLISHMENT = 2;
const FLAG = 4;

/** `rowsPerRegion`: how many rows of each region the evaluation listed. */
export function computeCoverage(
  facts: TNormalizedFacts, rules: readonly TRule[], rowsPerRegion: ReadonlyMap<string, number>,
): TCoverage[] {
  const catalog = catalogFacts(rules);
  const basisOf = new Map<string, number>();
  const counts = new Map<string, number | null>();
  for (const entry of facts.affected) {
    basisOf.set(entry.jurisdiction, AFFECTED);
    counts.set(entry.jurisdiction, entry.count);
  }
  for (const code of facts.organisation.establishments) basisOf.set(code, (basisOf.get(code) ?? 0) | ESTABLISHMENT);
  for (const entry of facts.organisation.sectors) basisOf.set(entry.jurisdiction, (basisOf.get(entry.jurisdiction) ?? 0) | FLAG);
  for (const [flag, codes] of catalog.flagCodes) {
    if (!flagIsSet(flag, facts)) continue;
    for (const code of codes) basisOf.set(code, (basisOf.get(code) ?? 0) | FLAG);
  }

  const coverage: TCoverage[] = [];
  for (const code of [...basisOf.keys()].sort()) {
    const bits = basisOf.get(code)!;
    const region = coveringRegion(code);
    const covered = catalog.regions.has(region);
    const basis: TCoverageBasis[] = [];
    if (bits & AFFECTED) basis.push("affected");
    if (bits & ESTABLISHMENT) basis.push("establishment");
    if (bits & FLAG) basis.push("flag");
    const item: TCoverage = { jurisdiction: code, basis, covered, rules: rowsPerRegion.get(region) ?? 0 };
    if (bits & AFFECTED) item.count = counts.get(code) ?? null;
    const precise = (bits & (AFFECTED | ESTABLISHMENT)) !== 0;
    let notes = catalog.notes.get(code);
    if (!notes) {
      notes = [];
      catalog.notes.set(code, notes);
    }
    const variant = (covered ? 1 : 0) + (precise ? 2 : 0);
    let note = notes[variant];
    if (note === undefined) {
      note = coverageNote(code, covered, precise, catalog.regions);
      notes[variant] = note;
    }
    if (note) item.note = note;
    coverage.push(item);
  }
  return coverage;
}

function coverageNote(code: string, covered: boolean, precise: boolean, regions: ReadonlySet<string>): string | null {
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
