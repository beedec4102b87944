import { z } from "zod";
import { ZDataCategory, ZJurisdiction } from "@/lib/incident-facts/schemas";

/** A tag mapping rule: AWS tag key=value → data categories and residency jurisdictions (at least one of them). */
export const ZTagRuleInput = z
  .object({
    // AWS allows 128 characters in a key and 256 in a value.
    tagKey: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(128, { error: "must be at most 128 characters (the AWS limit)" }),
    tagValue: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(256, { error: "must be at most 256 characters (the AWS limit)" }),
    dataCategories: z.array(ZDataCategory).max(50).transform((list) => [...new Set(list)]),
    jurisdictions: z.array(ZJurisdiction).max(300).transform((list) => [...new Set(list)]),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.dataCategories.length === 0 && input.jurisdictions.length === 0) {
      context.addIssue({ code: "custom", path: ["dataCategories"], message: "name at least one data category or jurisdiction" });
    }
  });
export type TTagRuleInput = z.input<typeof ZTagRuleInput>;

export const ZTagRuleParams = z.object({ id: z.uuid({ error: "must be a tag mapping id" }) });
