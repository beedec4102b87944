import type { TReportSection } from "@/lib/reports/section";
import { appendixSection } from "@/lib/reports/sections/appendix";
import { approvalsSection } from "@/lib/reports/sections/approvals";
import { containmentSection } from "@/lib/reports/sections/containment";
import { coverageSection } from "@/lib/reports/sections/coverage";
import { evidenceSection } from "@/lib/reports/sections/evidence";
import { factsSection } from "@/lib/reports/sections/facts";
import { integritySection } from "@/lib/reports/sections/integrity";
import { noticesSection } from "@/lib/reports/sections/notices";
import { obligationsSection } from "@/lib/reports/sections/obligations";
import { scopingSection } from "@/lib/reports/sections/scoping";
import { summarySection } from "@/lib/reports/sections/summary";
import { timelineSection } from "@/lib/reports/sections/timeline";

/**
 * The report, in order: what is owed (the register, open obligations first) and where the catalog is silent come
 * before the record that supports them; rules that do not apply close it as an appendix. Each section loads what it
 * needs, so a domain adds its section here without touching the others.
 */
export const REPORT_SECTIONS: readonly TReportSection[] = [
  summarySection,
  factsSection,
  obligationsSection,
  coverageSection,
  scopingSection,
  approvalsSection,
  noticesSection,
  containmentSection,
  evidenceSection,
  integritySection,
  timelineSection,
  appendixSection,
];
