import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { incidentReevaluationFor } from "@/lib/register-reevaluation/progress";

/** Whether the incident's clocks still wait for (or could not follow) the latest organisation profile change. */
export const GET = withRoute({
  permission: "obligation.list",
  summary: "Read whether the incident's clocks wait for the re-evaluation after an organisation profile change",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => ({ reevaluation: await incidentReevaluationFor(actor, params.id) }),
});
