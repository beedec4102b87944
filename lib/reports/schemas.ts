import { z } from "zod";
import { isKnownZone } from "@/lib/clocks/time";
import { CSV_EXPORT_NAMES } from "@/lib/reports/exports";
import { ZIncidentParams } from "@/lib/incidents/schemas";

export const ZCsvExportParams = ZIncidentParams.extend({
  file: z.enum(CSV_EXPORT_NAMES, { error: `must be one of ${CSV_EXPORT_NAMES.join(", ")}` }),
});

const ZONE_ERROR = "must be a time zone of the IANA tz database, such as Europe/Paris or America/New_York";

/** What the requester may choose for the report (JSON or the console's form; an empty field means the default). */
export const ZReportOptions = z
  .object({
    timeZone: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z
        .string({ error: ZONE_ERROR })
        .trim()
        .max(64, { error: ZONE_ERROR })
        .regex(/^[A-Za-z0-9_+\-/]+$/, { error: ZONE_ERROR })
        .refine(isKnownZone, { error: ZONE_ERROR })
        .optional(),
    ),
  })
  .strict();
export type TReportOptions = z.output<typeof ZReportOptions>;
