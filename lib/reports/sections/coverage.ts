import { coverageGapText, coverageGaps } from "@/lib/clocks/coverage";
import { jurisdictionTitle } from "@/lib/clocks/jurisdictions";
import type { TCoverageBasis } from "@/lib/clocks/types";
import type { TBlock } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { list } from "@/lib/timeline-text/parts";

const BASIS_WORDS: Record<TCoverageBasis, string> = {
  affected: "people affected live there",
  establishment: "the organisation has an establishment there",
  flag: "a sector or organisation rule reaches it",
};

/**
 * Every jurisdiction the incident's facts touch and whether the catalog has rules for it, right after the register:
 * a jurisdiction without rules is a gap the register cannot show by itself, so each gap is said first, in words.
 */
export const coverageSection: TReportSection = {
  id: "coverage",
  title: "Coverage gaps and jurisdictions touched",
  build({ data }) {
    const { coverage } = data;
    if (coverage.coverage.length === 0) {
      return { blocks: [{ kind: "paragraph", text: "No jurisdiction touched yet (no affected people or establishment recorded).", tone: "muted" }], json: coverage };
    }
    const gaps = coverageGaps(coverage.coverage);
    const blocks: TBlock[] = [
      gaps.length === 0
        ? { kind: "paragraph", text: `No coverage gap: every jurisdiction touched has rules in catalog ${coverage.catalogVersion}.` }
        : { kind: "paragraph", text: `${gaps.length} jurisdiction${gaps.length === 1 ? "" : "s"} without rules: the register lists no obligation there.`, tone: "alert" },
      ...gaps.map((entry): TBlock => ({ kind: "paragraph", text: coverageGapText(entry, coverage.catalogVersion), tone: "alert" })),
      {
        kind: "table",
        columns: [
          { label: "Jurisdiction", width: 0.2 }, { label: "Why it is touched", width: 0.3 }, { label: "People", width: 0.1 },
          { label: "Rules in the catalog", width: 0.14 }, { label: "Note", width: 0.26 },
        ],
        rows: coverage.coverage.map((entry) => [
          jurisdictionTitle(entry.jurisdiction),
          list(entry.basis.map((basis) => BASIS_WORDS[basis] ?? basis)),
          entry.count === undefined ? "—" : entry.count === null ? "not known" : entry.count.toLocaleString("en-US"),
          entry.covered ? String(entry.rules) : "none",
          entry.note ?? "",
        ]),
      },
    ];
    return { blocks, json: coverage };
  },
};
