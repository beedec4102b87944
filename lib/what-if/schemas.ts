import { z } from "zod";
import { isKnownZone } from "@/lib/clocks/time";

/** What the What-if page sends: the contract facts it built from the form, and the viewer's time zone for the words. */
export const ZWhatIfEvaluateInput = z
  .object({
    /** Checked against the clock-engine contract by the service (its problems are named `facts.<path>`). */
    facts: z.unknown(),
    timeZone: z
      .string({ error: "is required: the time zone the times are written in" })
      .trim()
      .max(100)
      .refine(isKnownZone, { error: "is not a time zone of the IANA tz database (Europe/Paris, America/New_York)" }),
  })
  .strict();
export type TWhatIfEvaluateInput = z.input<typeof ZWhatIfEvaluateInput>;

export const ZWhatIfStartQuery = z.uuid();
