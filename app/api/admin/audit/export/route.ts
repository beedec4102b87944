import { attachmentResponse } from "@/lib/http/attachment";
import { withRoute } from "@/lib/http/with-route";
import { ZAdminAuditExportQuery } from "@/lib/admin-log/schemas";
import { exportAdminAudit } from "@/lib/admin-log/service";

/** The whole administration log as CSV or JSON. It only reads, so a GET (a plain download link). */
export const GET = withRoute({
  permission: "admin.audit.read",
  summary: "Export the administration log",
  docs: { responseMediaType: "text/csv", responses: { 200: "The whole log as an attachment: CSV, or JSON with `format=json`." } },
  schemas: { query: ZAdminAuditExportQuery },
  handler: async ({ actor, query }) => {
    const file = await exportAdminAudit(actor, query.format);
    return attachmentResponse(file.text, file);
  },
});
