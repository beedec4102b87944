import { z } from "zod";
import { CSV_EXPORT_NAMES } from "@/lib/reports/exports";
import { ZIncidentParams } from "@/lib/incidents/schemas";

export const ZCsvExportParams = ZIncidentParams.extend({
  file: z.enum(CSV_EXPORT_NAMES, { error: `must be one of ${CSV_EXPORT_NAMES.join(", ")}` }),
});
