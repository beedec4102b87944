import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { ZUpdateFactsInput } from "@/lib/incident-facts/schemas";
import { getIncidentFacts } from "@/lib/fact-changes/read-facts";
import { updateIncidentFacts } from "@/lib/fact-changes/update-facts";

export const GET = withRoute({
  permission: "incident.facts.read",
  summary: "Read the incident's facts",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => await getIncidentFacts(actor, params.id),
});

/** Changes facts (fields not given keep their value); re-evaluates the register in the same transaction. */
export const PUT = withRoute({
  permission: "incident.facts.update",
  summary: "Change the incident's facts",
  schemas: { params: ZIncidentParams, body: ZUpdateFactsInput },
  handler: async ({ actor, params, body }) => await updateIncidentFacts(actor, params.id, body),
});
