import { z } from "zod";
import { ZDataCategory, ZJurisdiction } from "@/lib/incident-facts/schemas";

/** The data inventory: where personal data lives, by AWS resource, with its categories and residents. */

export const DATA_STORE_KINDS = ["s3", "rds", "rds-instance", "rds-cluster", "dynamodb", "aurora", "redshift", "efs", "other"] as const;

export const ZDataStoreInput = z
  .object({
    arn: z
      .string({ error: "is required" })
      .trim()
      .regex(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:.+$/, { error: "must be an AWS ARN (arn:aws:s3:::bucket-name …)" })
      .max(2048),
    name: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(200),
    kind: z.enum(DATA_STORE_KINDS, { error: `must be one of ${DATA_STORE_KINDS.join(", ")}` }),
    dataCategories: z.array(ZDataCategory).transform((list) => [...new Set(list)]),
    residency: z
      .array(
        z
          .object({
            jurisdiction: ZJurisdiction,
            count: z.number({ error: "must be a whole number" }).int().min(0).nullable(),
          })
          .strict(),
      )
      .max(300),
    encrypted: z.boolean().default(false),
  })
  .strict();
export type TDataStoreInput = z.input<typeof ZDataStoreInput>;

export const ZDataStoreParams = z.object({ id: z.uuid({ error: "must be a data store id" }) });
