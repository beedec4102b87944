import { writeFileSync } from "node:fs";
import path from "node:path";
import { CATALOG, CATALOG_VERSION } from "@/lib/clocks/catalog";
import { CATALOG_RELEASES } from "@/lib/clocks/catalog/releases";
import { recordRelease, releaseOf, type TCatalogRelease } from "@/lib/clocks/catalog/releases-check";

/**
 * `npm run catalog:release`: records the catalog as it is now under its CATALOG_VERSION in
 * lib/clocks/catalog/releases.ts (rule ids, versions and digests), from which the Rules page says what changed since
 * the previous version. Run it once per new catalog version, after the last rule change of that version; it refuses
 * to rewrite a recorded version or a rule version whose text changed.
 */
const TARGET = path.resolve(import.meta.dirname, "..", "lib", "clocks", "catalog", "releases.ts");

function render(releases: readonly TCatalogRelease[]): string {
  const body = releases
    .map((release) => {
      const rules = Object.entries(release.rules)
        .map(([id, [version, digest]]) => `      ${JSON.stringify(id)}: [${JSON.stringify(version)}, ${JSON.stringify(digest)}],`)
        .join("\n");
      return `  {\n    catalogVersion: ${JSON.stringify(release.catalogVersion)},\n    rules: {\n${rules}\n    },\n  },`;
    })
    .join("\n");
  return [
    'import type { TCatalogRelease } from "@/lib/clocks/catalog/releases-model";',
    "",
    "/**",
    " * Every recorded catalog version, oldest first: each rule's version and digest (digest.ts). Written by",
    " * `npm run catalog:release` (scripts/catalog-release.ts); do not edit by hand. releases.test.ts fails when the",
    " * catalog's rules change without a new CATALOG_VERSION recorded here.",
    " */",
    "export const CATALOG_RELEASES: readonly TCatalogRelease[] = [",
    body,
    "];",
    "",
  ].join("\n");
}

function main(): number {
  const result = recordRelease(releaseOf(CATALOG_VERSION, CATALOG), CATALOG_RELEASES);
  if (!result.ok) {
    process.stderr.write(`Not recorded:\n${result.problems.map((p) => `- ${p}`).join("\n")}\n`);
    return 1;
  }
  if (!result.recorded) {
    process.stdout.write(`Catalog ${CATALOG_VERSION} is already recorded with these rules; nothing to do.\n`);
    return 0;
  }
  writeFileSync(TARGET, render(result.releases));
  process.stdout.write(`Recorded catalog ${CATALOG_VERSION}: ${CATALOG.length} rules, in ${path.relative(process.cwd(), TARGET)}.\n`);
  return 0;
}

process.exitCode = main();
