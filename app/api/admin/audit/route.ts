import { withRoute } from "@/lib/http/with-route";
import { ZAdminAuditQuery } from "@/lib/admin-log/schemas";
import { listAdminAudit } from "@/lib/admin-log/service";

/** The administration log, newest first, 50 entries a page; `?before=<entry>` for older ones. */
export const GET = withRoute({
  permission: "admin.audit.read",
  summary: "Read the administration log",
  schemas: { query: ZAdminAuditQuery },
  handler: async ({ actor, query }) => listAdminAudit(actor, query),
});
