import { coverageGapText, coverageGaps } from "@/lib/clocks/coverage";
import type { TBlock } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";

/**
 * Every jurisdiction the incident's facts touch and whether the catalog has rules for it, placed just before the
 * obligation register: a jurisdiction without rules is a gap the register cannot show by itself.
 */
export const coverageSection: TReportSection = {
  id: "coverage",
  title: "Jurisdiction coverage",
  build({ data }) {
    const { coverage } = data;
    if (coverage.coverage.length === 0) {
      return { blocks: [{ kind: "paragraph", text: "No jurisdiction touched yet (no affected people or establishment recorded).", tone: "muted" }], json: coverage };
    }
    const gaps = coverageGaps(coverage.coverage);
    const blocks: TBlock[] = [
      gaps.length === 0
        ? { kind: "paragraph", text: `Every jurisdiction touched has rules in catalog ${coverage.catalogVersion}.` }
        : { kind: "paragraph", text: `${gaps.length} jurisdiction${gaps.length === 1 ? "" : "s"} without rules: the register lists no obligation there.`, tone: "alert" },
      ...gaps.map((entry): TBlock => ({ kind: "paragraph", text: coverageGapText(entry, coverage.catalogVersion), tone: "alert" })),
      {
        kind: "table",
        columns: [
          { label: "Jurisdiction", width: 0.14 }, { label: "Why touched", width: 0.22 }, { label: "People", width: 0.12 },
          { label: "Rules", width: 0.14 }, { label: "Note", width: 0.38 },
        ],
        rows: coverage.coverage.map((entry) => [
          entry.jurisdiction,
          entry.basis.join(", "),
          entry.count === undefined ? "—" : entry.count === null ? "unknown" : entry.count.toLocaleString("en-GB"),
          entry.covered ? String(entry.rules) : "none in catalog",
          entry.note ?? "",
        ]),
      },
    ];
    return { blocks, json: coverage };
  },
};
