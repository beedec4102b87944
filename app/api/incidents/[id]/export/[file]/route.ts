import { attachmentResponse } from "@/lib/http/attachment";
import { withRoute } from "@/lib/http/with-route";
import { ZCsvExportParams } from "@/lib/reports/schemas";
import { exportIncident } from "@/lib/reports/service";

/** timeline.csv, findings.csv or obligations.csv (formula-injection safe). Recorded on the timeline, hence POST. */
export const POST = withRoute({
  permission: "report.read",
  summary: "Export a CSV",
  docs: { responseMediaType: "text/csv", responses: { 200: "timeline.csv, findings.csv or obligations.csv." } },
  schemas: { params: ZCsvExportParams },
  handler: async ({ actor, params }) => {
    const file = await exportIncident(actor, params.id, params.file);
    return attachmentResponse(file.bytes, file);
  },
});
