import { z } from "zod";
import { zInt4Param } from "@/lib/validation/int4";

export const ADMIN_AUDIT_PAGE_SIZE = 50;

/** `?before=<seq>`: the page of entries older than that one (newest first). */
export const ZAdminAuditQuery = z.object({
  before: zInt4Param({ min: 1, error: "must be an entry number from a previous page" }).optional(),
  limit: zInt4Param({ min: 1, max: 200, error: "must be a number from 1 to 200" }).default(ADMIN_AUDIT_PAGE_SIZE),
});
export type TAdminAuditQuery = z.input<typeof ZAdminAuditQuery>;

export const ADMIN_AUDIT_FORMATS = ["csv", "json"] as const;
export const ZAdminAuditExportQuery = z.object({
  format: z.enum(ADMIN_AUDIT_FORMATS, { error: "must be csv or json" }).default("csv"),
});
