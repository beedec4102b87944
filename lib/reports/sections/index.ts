import type { TReportSection } from "@/lib/reports/section";
import { evidenceSection } from "@/lib/reports/sections/evidence";
import { factsSection } from "@/lib/reports/sections/facts";
import { integritySection } from "@/lib/reports/sections/integrity";
import { notYetRecordedSection } from "@/lib/reports/sections/not-yet-recorded";
import { obligationsSection } from "@/lib/reports/sections/obligations";
import { summarySection } from "@/lib/reports/sections/summary";
import { timelineSection } from "@/lib/reports/sections/timeline";

/**
 * The report, in order. The approvals, notices and evidence domains replace their placeholder with a section of
 * their own (approvals with the content hashes approved, notices with their evidence, evidence with SHA-256 and
 * custody).
 */
export const REPORT_SECTIONS: readonly TReportSection[] = [
  summarySection,
  factsSection,
  obligationsSection,
  notYetRecordedSection("approvals", "Approvals", "approvals"),
  notYetRecordedSection("notices", "Notices sent", "notices"),
  evidenceSection,
  integritySection,
  timelineSection,
];
