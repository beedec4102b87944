import { CATALOG, CATALOG_VERSION } from "@/lib/clocks/catalog";
import { regionName } from "@/lib/clocks/jurisdictions";

/**
 * `npm run --silent catalog:counts`: the catalog's rule count per jurisdiction (region) and per verification level,
 * as Markdown tables, for release notes and the closing note of a catalog change.
 */
const LEVELS = ["V", "S", "U", "P"] as const;

const byRegion = new Map<string, Record<(typeof LEVELS)[number], number>>();
for (const rule of CATALOG) {
  const counts = byRegion.get(rule.region) ?? { V: 0, S: 0, U: 0, P: 0 };
  counts[rule.verification] += 1;
  byRegion.set(rule.region, counts);
}
const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

const lines = [
  `Catalog ${CATALOG_VERSION}: ${CATALOG.length} rules in ${byRegion.size} jurisdictions`,
  "",
  "| level | rules |",
  "|---|---|",
  ...LEVELS.map((level) => `| ${level} | ${CATALOG.filter((rule) => rule.verification === level).length} |`),
  "",
  "| jurisdiction | name | rules | V | S | U | P |",
  "|---|---|---|---|---|---|---|",
  ...[...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, counts]) => `| ${region} | ${regionName(region)} | ${total(counts)} | ${LEVELS.map((level) => counts[level]).join(" | ")} |`),
];
process.stdout.write(`${lines.join("\n")}\n`);
