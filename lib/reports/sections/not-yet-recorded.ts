import type { TReportSection } from "@/lib/reports/section";

/**
 * Registers that live in other domains' tables (approvals, notices, evidence). Until a domain contributes its own
 * section (replacing the placeholder in sections/index.ts), the report says plainly that nothing is recorded.
 */
export function notYetRecordedSection(id: string, title: string, what: string): TReportSection {
  return {
    id,
    title,
    build: () => ({
      blocks: [{ kind: "paragraph", text: `No ${what} recorded.`, tone: "muted" }],
      json: { recorded: false, items: [] },
    }),
  };
}
