import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { exportIncident, exportResponse } from "@/lib/reports/service";

/** The regulator-ready incident report (PDF, generated on the server). Recorded on the timeline as "Report exported", hence POST. */
export const POST = withRoute({
  permission: "report.read",
  summary: "Download the incident report (PDF)",
  docs: { responseMediaType: "application/pdf", responses: { 200: "The regulator-ready report." } },
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => exportResponse(await exportIncident(actor, params.id, "report.pdf")),
});
