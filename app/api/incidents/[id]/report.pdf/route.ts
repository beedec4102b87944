import { attachmentResponse } from "@/lib/http/attachment";
import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { ZReportOptions } from "@/lib/reports/schemas";
import { exportIncident } from "@/lib/reports/service";

/**
 * The regulator-ready incident report (a tagged PDF, generated on the server), its times in the zone the body names
 * (`timeZone`, JSON or the console's form; the organisation's zone otherwise). Recorded on the timeline as "Report
 * exported", hence POST.
 */
export const POST = withRoute({
  permission: "report.read",
  summary: "Download the incident report (PDF)",
  docs: { responseMediaType: "application/pdf", responses: { 200: "The regulator-ready report." } },
  schemas: { params: ZIncidentParams, body: ZReportOptions },
  acceptsForm: true,
  optionalBody: true,
  handler: async ({ actor, params, body }) => {
    const file = await exportIncident(actor, params.id, "report.pdf", body);
    return attachmentResponse(file.bytes, file);
  },
});
