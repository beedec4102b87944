import { ruleDigest } from "@/lib/clocks/catalog/digest";
import type { TRule } from "@/lib/clocks/catalog/model";
import type { TCatalogRelease } from "@/lib/clocks/catalog/releases-model";

export type { TCatalogRelease } from "@/lib/clocks/catalog/releases-model";

/** The catalog as it is now, in the recorded form. */
export function releaseOf(catalogVersion: string, rules: readonly TRule[]): TCatalogRelease {
  return { catalogVersion, rules: Object.fromEntries(rules.map((rule) => [rule.id, [rule.version, ruleDigest(rule)] as const])) };
}

const RELEASE_COMMAND = "npm run catalog:release";

/**
 * Why the recorded releases cannot be trusted to describe this catalog, in sentences (none: they can):
 * - the current catalog version must be recorded, with exactly the rules the catalog has now — a catalog whose rules
 *   change must get a new version, or "what changed since the last version" would silently be wrong;
 * - a rule version means one text for ever: the same (id, version) may never have two digests;
 * - versions are recorded once each, oldest first.
 */
export function releaseProblems(current: TCatalogRelease, releases: readonly TCatalogRelease[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  releases.forEach((release, index) => {
    if (seen.has(release.catalogVersion)) problems.push(`Catalog version ${release.catalogVersion} is recorded twice.`);
    seen.add(release.catalogVersion);
    const before = releases[index - 1];
    if (before && before.catalogVersion >= release.catalogVersion) {
      problems.push(`Catalog version ${release.catalogVersion} is recorded after ${before.catalogVersion}: versions must increase.`);
    }
  });

  const recorded = releases.find((release) => release.catalogVersion === current.catalogVersion);
  if (!recorded) {
    problems.push(`Catalog version ${current.catalogVersion} is not recorded. Run \`${RELEASE_COMMAND}\`.`);
  } else {
    const diff = compareReleases(recorded, current);
    const changed = [...diff.added, ...diff.revised.map((r) => r.id), ...diff.removed.map((r) => r.id), ...diff.rewritten];
    if (changed.length > 0) {
      problems.push(
        `The catalog's rules changed after version ${current.catalogVersion} was recorded (${summarise(changed)}). ` +
          `Give the catalog a new CATALOG_VERSION and run \`${RELEASE_COMMAND}\`.`,
      );
    }
  }

  const digests = new Map<string, string>();
  for (const release of [...releases, current]) {
    for (const [id, [version, digest]] of Object.entries(release.rules)) {
      const key = `${id} version ${version}`;
      const known = digests.get(key);
      if (known === undefined) digests.set(key, digest);
      else if (known !== digest && !problems.some((p) => p.includes(key))) {
        problems.push(`Rule ${key} has changed text under the same version: give the rule a new version.`);
      }
    }
  }
  return problems;
}

export type TCatalogChanges = {
  /** The catalog version compared with: the last one recorded before the current version; null when there is none. */
  previousVersion: string | null;
  added: string[];
  revised: { id: string; from: string; to: string }[];
  removed: { id: string; version: string }[];
};

/** What changed between the last recorded version before `current` and `current`: rules added, revised, removed. */
export function catalogChanges(current: TCatalogRelease, releases: readonly TCatalogRelease[]): TCatalogChanges {
  const previous = releases.filter((release) => release.catalogVersion < current.catalogVersion).at(-1);
  if (!previous) return { previousVersion: null, added: [], revised: [], removed: [] };
  const { added, revised, removed } = compareReleases(previous, current);
  return { previousVersion: previous.catalogVersion, added, revised, removed };
}

function compareReleases(before: TCatalogRelease, after: TCatalogRelease) {
  const added: string[] = [];
  const revised: { id: string; from: string; to: string }[] = [];
  /** Same version, different text: never legitimate (releaseProblems reports it). */
  const rewritten: string[] = [];
  for (const [id, [version, digest]] of Object.entries(after.rules)) {
    const old = before.rules[id];
    if (!old) added.push(id);
    else if (old[0] !== version) revised.push({ id, from: old[0], to: version });
    else if (old[1] !== digest) rewritten.push(id);
  }
  const removed = Object.entries(before.rules)
    .filter(([id]) => !Object.hasOwn(after.rules, id))
    .map(([id, [version]]) => ({ id, version }));
  return { added, revised, removed, rewritten };
}

function summarise(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(", ");
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/**
 * What `npm run catalog:release` does with the catalog as it is now: appends it as a new recorded version, or says
 * why not (its version is already recorded with other rules, is older than the last one, or a rule's text changed
 * under the same version). Recording never rewrites an earlier version.
 */
export function recordRelease(
  current: TCatalogRelease,
  releases: readonly TCatalogRelease[],
): { ok: true; releases: TCatalogRelease[]; recorded: boolean } | { ok: false; problems: string[] } {
  const recorded = releases.some((release) => release.catalogVersion === current.catalogVersion);
  const problems = releaseProblems(current, recorded ? releases : [...releases, current]);
  if (problems.length > 0) return { ok: false, problems };
  return recorded ? { ok: true, releases: [...releases], recorded: false } : { ok: true, releases: [...releases, current], recorded: true };
}
