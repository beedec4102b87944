import { z } from "zod";
import { ZInstantInput } from "@/lib/incident-facts/schemas";
import { ACCESS_KEY_ID, ACCOUNT_ID, EVENT_DATA_STORE, MAX_WINDOW_DAYS, REGION, isPrincipal, isSourceIp } from "@/lib/access-reconstruction/validate";

export const ZScopingParams = z.object({ id: z.uuid({ error: "must be an incident id" }) });
export const ZScopingRunParams = z.object({ id: z.uuid({ error: "must be an incident id" }), runId: z.uuid({ error: "must be a reconstruction id" }) });

const MAX_SUSPECTS = 50;

/** A reconstruction request: who (at least one suspect), when, where. Every value has the shape CloudTrail gives it. */
export const ZRequestScopingInput = z
  .object({
    accessKeyIds: z
      .array(z.string().trim().regex(ACCESS_KEY_ID, { error: "must be an AWS access key id (AKIA… or ASIA…, capital letters and digits)" }))
      .max(MAX_SUSPECTS)
      .default([]),
    principals: z
      .array(z.string().trim().refine(isPrincipal, { error: "must be an IAM user or role name, or its ARN" }))
      .max(MAX_SUSPECTS)
      .default([]),
    sourceIps: z.array(z.string().trim().refine(isSourceIp, { error: "must be an IPv4 or IPv6 address" })).max(MAX_SUSPECTS).default([]),
    start: ZInstantInput,
    end: ZInstantInput,
    region: z.string({ error: "is required" }).trim().regex(REGION, { error: "must be an AWS region, e.g. us-east-1" }),
    accountId: z.union([z.literal(""), z.string().trim().regex(ACCOUNT_ID, { error: "must be a 12-digit AWS account id" })]).default(""),
    eventDataStore: z
      .union([z.literal(""), z.string().trim().regex(EVENT_DATA_STORE, { error: "must be a CloudTrail Lake event data store ARN or id" })])
      .default(""),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.accessKeyIds.length + input.principals.length + input.sourceIps.length === 0) {
      ctx.addIssue({ code: "custom", path: ["accessKeyIds"], message: "name at least one suspect: an access key id, a principal or a source IP" });
    }
    const start = Date.parse(input.start);
    const end = Date.parse(input.end);
    if (end <= start) ctx.addIssue({ code: "custom", path: ["end"], message: "must be after the start" });
    else if (end - start > MAX_WINDOW_DAYS * 86_400_000) ctx.addIssue({ code: "custom", path: ["end"], message: `must be at most ${MAX_WINDOW_DAYS} days after the start (CloudTrail's event history)` });
  })
  .transform((input) => ({
    ...input,
    accessKeyIds: [...new Set(input.accessKeyIds)],
    principals: [...new Set(input.principals)],
    sourceIps: [...new Set(input.sourceIps)],
    start: new Date(input.start).toISOString(),
    end: new Date(input.end).toISOString(),
  }));
export type TRequestScopingInput = z.input<typeof ZRequestScopingInput>;

/** Linking touched stores (from one reconstruction) to the incident: a facts change at the version the user saw. */
export const ZLinkStoresInput = z
  .object({
    storeArns: z.array(z.string().trim().min(1).max(2048)).min(1, { error: "name at least one store" }).max(50).transform((list) => [...new Set(list)]),
    expectedVersion: z.number({ error: "must be the facts version you saw" }).int().min(0),
  })
  .strict();
export type TLinkStoresInput = z.input<typeof ZLinkStoresInput>;
