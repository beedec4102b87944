import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZOpenIncidentInput } from "@/lib/findings/schemas";
import { openIncidentFromFindings } from "@/lib/findings/service";

export const POST = withRoute({
  permission: "finding.triage",
  summary: "Open an incident from findings",
  docs: { responses: { 201: "The new incident." } },
  schemas: { body: ZOpenIncidentInput },
  handler: async ({ actor, body }) => jsonResponse({ incident: await openIncidentFromFindings(actor, body) }, 201),
});
