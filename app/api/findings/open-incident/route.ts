import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZOpenIncidentInput } from "@/lib/findings/schemas";
import { openIncidentFromFindings } from "@/lib/findings/service";

export const POST = withRoute({
  permission: "finding.triage",
  schemas: { body: ZOpenIncidentInput },
  handler: async ({ actor, body }) => jsonResponse({ incident: await openIncidentFromFindings(actor, body) }, 201),
});
