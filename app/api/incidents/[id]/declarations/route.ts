import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { ZDeclareMomentInput } from "@/lib/incident-facts/schemas";
import { declareMoment } from "@/lib/fact-changes/declare-moment";
import { getIncidentFacts } from "@/lib/fact-changes/read-facts";

export const GET = withRoute({
  permission: "incident.facts.read",
  summary: "List declared moments",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => ({ declarations: (await getIncidentFacts(actor, params.id)).declarations }),
});

/** Declares a moment, or corrects the current one with `supersedesId`. */
export const POST = withRoute({
  permission: "incident.moment.declare",
  summary: "Declare or correct a moment",
  docs: { responses: { 201: "The declaration." } },
  schemas: { params: ZIncidentParams, body: ZDeclareMomentInput },
  handler: async ({ actor, params, body }) => jsonResponse(await declareMoment(actor, params.id, body), 201),
});
