import { coverageGapText, coverageGaps } from "@/lib/clocks/coverage";
import { jurisdictionTitle } from "@/lib/clocks/jurisdictions";
import type { TCoverage } from "@/lib/clocks/types";

const BASIS_WORDS = { affected: "people affected there", establishment: "an establishment there", flag: "a sector or regime flag" } as const;

function detail(entry: TCoverage): string {
  const parts = entry.basis.map((basis) =>
    basis === "affected" && entry.count !== undefined
      ? entry.count === null ? "people affected there (number unknown)" : `${entry.count.toLocaleString("en-GB")} people affected there`
      : BASIS_WORDS[basis],
  );
  return `${jurisdictionTitle(entry.jurisdiction)}: ${parts.join("; ")}`;
}

/**
 * Jurisdictions the facts touch for which the catalog has no rules, in plain words, for every view that shows
 * obligations (contract §3a: never hidden behind a filter). Renders nothing when every jurisdiction is covered.
 */
export function CoverageGaps({
  coverage,
  catalogVersion,
  headingLevel = 2,
}: {
  coverage: readonly TCoverage[];
  catalogVersion: string;
  /** Where the box sits in the page's outline (3 inside a section of results). */
  headingLevel?: 2 | 3;
}) {
  const gaps = coverageGaps(coverage);
  if (gaps.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby="coverage-gaps-heading" data-testid="coverage-gaps" className="rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <Heading id="coverage-gaps-heading" className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {gaps.length === 1 ? "1 jurisdiction without rules: obligations there are not listed" : `${gaps.length} jurisdictions without rules: obligations there are not listed`}
      </Heading>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
        {gaps.map((entry) => (
          <li key={entry.jurisdiction}>
            <span className="font-semibold">{coverageGapText(entry, catalogVersion)}</span>{" "}
            <span className="text-amber-900">({detail(entry)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
