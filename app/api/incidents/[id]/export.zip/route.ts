import { attachmentResponse } from "@/lib/http/attachment";
import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { ZReportOptions } from "@/lib/reports/schemas";
import { exportIncident } from "@/lib/reports/service";

/**
 * The complete export bundle: section JSON, CSVs, the PDF (its times in the body's `timeZone`, as for report.pdf) and
 * manifest.json with the SHA-256 of every file. POST (a plain form in the console): the export is recorded on the
 * timeline, and a write is never a GET.
 */
export const POST = withRoute({
  permission: "report.read",
  summary: "Export the incident bundle",
  docs: { responseMediaType: "application/zip", responses: { 200: "Section JSON, CSVs, the PDF report and a manifest with the SHA-256 of every file." } },
  schemas: { params: ZIncidentParams, body: ZReportOptions },
  acceptsForm: true,
  optionalBody: true,
  handler: async ({ actor, params, body }) => {
    const file = await exportIncident(actor, params.id, "export.zip", body);
    return attachmentResponse(file.bytes, file);
  },
});
