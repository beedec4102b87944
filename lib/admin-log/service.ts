import "server-only";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { adminAuditCsv, adminAuditJson } from "@/lib/admin-log/export";
import { findAdminAuditPage, findAllAdminAudit } from "@/lib/admin-log/queries";
import { ZAdminAuditQuery, type TAdminAuditQuery } from "@/lib/admin-log/schemas";

/** One page of the administration log, newest first, and the cursor of the next (older) page if there is one. */
export async function listAdminAudit(actor: TActor, query: TAdminAuditQuery = {}) {
  assertCan(actor, "admin.audit.read");
  const { before, limit } = ZAdminAuditQuery.parse(query);
  const rows = await findAdminAuditPage(before, limit);
  const entries = rows.slice(0, limit);
  return { entries, olderBefore: rows.length > limit ? entries.at(-1)!.seq : null };
}

/** The whole log as a file. Reading it changes nothing, so it is a GET. */
export async function exportAdminAudit(actor: TActor, format: "csv" | "json", now = new Date()) {
  assertCan(actor, "admin.audit.read");
  const rows = await findAllAdminAudit();
  const stamp = now.toISOString().slice(0, 10);
  return format === "csv"
    ? { fileName: `breachdesk-admin-log-${stamp}.csv`, contentType: "text/csv; charset=utf-8", text: adminAuditCsv(rows) }
    : { fileName: `breachdesk-admin-log-${stamp}.json`, contentType: "application/json", text: adminAuditJson(rows) };
}
