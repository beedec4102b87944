import type { TBlock } from "@/lib/reports/blocks";
import type { TReportData } from "@/lib/reports/data";
import type { TReportZone } from "@/lib/reports/time-zone";

export type TReportContext = {
  data: TReportData;
  generatedAt: Date;
  generatedBy: string;
  /** The zone every time in the report's words is written in (the JSON keeps ISO instants in UTC). */
  zone: TReportZone;
};

/**
 * One section of the incident report and export bundle. A section turns the record into blocks (for the PDF) and
 * JSON (stored in the bundle as sections/<id>.json). Sections needing tables of their own (evidence, approvals,
 * notices) load them in `build`, so a domain adds its section without touching the others.
 */
export type TReportSection = {
  id: string;
  title: string;
  build(context: TReportContext): Promise<{ blocks: TBlock[]; json: unknown }> | { blocks: TBlock[]; json: unknown };
};
