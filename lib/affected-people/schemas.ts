import { z } from "zod";
import { plainText } from "@/lib/http/plain-text";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { ZJurisdiction } from "@/lib/incident-facts/schemas";

export const ZImportQuery = z
  .object({
    format: z.enum(["csv", "ndjson"], { error: "must be csv or ndjson" }),
    fileName: plainText({ max: 255, required: true }),
    /** The column mapping as JSON (see ZLedgerMapping); absent: the incident's last one, else guessed from the header. */
    mapping: z
      .string()
      .max(10_000, { error: "must be at most 10,000 characters" })
      .transform((text, context) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          context.addIssue({ code: "custom", message: "must be the column mapping as JSON" });
          return z.NEVER;
        }
      })
      .optional(),
  })
  .strict();

export const ZImportParams = ZIncidentParams.extend({ importId: z.uuid({ error: "must be an import id" }) });

export const ZReviewInput = z
  .object({
    /** Why the reviewer needs to see people's data: on the timeline with the view. */
    reason: plainText({ max: 500, required: true }),
    limit: z.number({ error: "must be a number of people" }).int().min(1).max(500).default(100),
  })
  .strict();
export type TReviewInput = z.input<typeof ZReviewInput>;

/** One jurisdiction's override: `/api/incidents/{id}/affected-people/overrides/{jurisdiction}` (US-CA, DE…). */
export const ZOverrideParams = ZIncidentParams.extend({ jurisdiction: ZJurisdiction });

export const ZSetOverrideInput = z
  .object({
    count: z.number({ error: "must be a number of people" }).int({ error: "must be a whole number of people" }).min(0, { error: "must be 0 or more" }).max(2_000_000_000, { error: "must be at most 2,000,000,000" }),
    /** Why the ledger's count is not the one to use: on the timeline with the change. */
    reason: plainText({ max: 500, required: true }),
  })
  .strict();
export type TSetOverrideInput = z.input<typeof ZSetOverrideInput>;

export const ZRemoveOverrideInput = z.object({ reason: plainText({ max: 500, required: true }) }).strict();
export type TRemoveOverrideInput = z.input<typeof ZRemoveOverrideInput>;
