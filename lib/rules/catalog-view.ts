import { CATALOG, CATALOG_VERSION, RULES_BY_ID } from "@/lib/clocks/catalog";
import type { TRule } from "@/lib/clocks/catalog/model";
import { CATALOG_RELEASES } from "@/lib/clocks/catalog/releases";
import { catalogChanges, releaseOf, releaseProblems, type TCatalogChanges } from "@/lib/clocks/catalog/releases-check";
import type { TVerification } from "@/lib/clocks/types";
import { regionTitle } from "@/lib/clocks/jurisdictions";
import { describeAlso, describeDeadline, describeGates, describeThresholds, describeTrigger, describeZone } from "@/lib/rules/describe";

export type TRuleChange = { kind: "added" } | { kind: "revised"; from: string } | { kind: "unchanged" };

/** A catalog rule as the Rules page shows it: in words, with its source and what changed since the last version. */
export type TRuleView = {
  id: string;
  version: string;
  jurisdiction: string;
  jurisdictionName: string;
  recipient: string;
  trigger: string;
  deadline: string;
  zone: string;
  thresholds: string[];
  gates: string[];
  also: string[];
  citation: string;
  /** Only http(s) links; anything else is shown as text. */
  url: string | null;
  verification: TVerification;
  /** Null when there is no earlier recorded catalog version to compare with. */
  change: TRuleChange | null;
};

export type TCatalogView = {
  catalogVersion: string;
  changes: TCatalogChanges;
  /** Why the recorded versions cannot be trusted for this catalog (none in a correct build; see releases.test.ts). */
  problems: string[];
  rules: TRuleView[];
  /** Every version of each rule the catalog has known: the current one and those recorded in earlier versions. */
  versionsOf: (ruleId: string) => Set<string>;
};

const lookup = (id: string) => RULES_BY_ID.get(id as TRule["id"]);

function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function viewOf(rule: TRule, changes: TCatalogChanges | null): TRuleView {
  const revised = changes?.revised.find((entry) => entry.id === rule.id);
  return {
    id: rule.id,
    version: rule.version,
    jurisdiction: rule.region,
    jurisdictionName: regionTitle(rule.region),
    recipient: rule.recipient,
    trigger: describeTrigger(rule, lookup),
    deadline: describeDeadline(rule, lookup),
    zone: describeZone(rule.zone),
    thresholds: describeThresholds(rule),
    gates: describeGates(rule),
    also: describeAlso(rule, lookup),
    citation: rule.citation,
    url: safeUrl(rule.url),
    verification: rule.verification,
    change:
      !changes || changes.previousVersion === null
        ? null
        : changes.added.includes(rule.id)
          ? { kind: "added" }
          : revised
            ? { kind: "revised", from: revised.from }
            : { kind: "unchanged" },
  };
}

let cached: TCatalogView | undefined;

/** The catalog is code: its view is computed once per process. */
export function catalogView(): TCatalogView {
  if (cached) return cached;
  const current = releaseOf(CATALOG_VERSION, CATALOG);
  const changes = catalogChanges(current, CATALOG_RELEASES);
  const versions = new Map<string, Set<string>>();
  for (const release of [...CATALOG_RELEASES, current]) {
    for (const [id, [version]] of Object.entries(release.rules)) {
      if (!versions.has(id)) versions.set(id, new Set());
      versions.get(id)!.add(version);
    }
  }
  cached = {
    catalogVersion: CATALOG_VERSION,
    changes,
    problems: releaseProblems(current, CATALOG_RELEASES),
    rules: CATALOG.map((rule) => viewOf(rule, changes)),
    versionsOf: (ruleId) => versions.get(ruleId) ?? new Set(),
  };
  return cached;
}
