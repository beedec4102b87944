import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { ZAcceptSuggestionInput } from "@/lib/incident-facts/schemas";
import { acceptSuggestion } from "@/lib/fact-changes/accept-suggestion";

/** Accepts "a finding on a listed data store suggests affected data". */
export const POST = withRoute({
  permission: "incident.facts.update",
  summary: "Accept a data-inventory suggestion",
  schemas: { params: ZIncidentParams, body: ZAcceptSuggestionInput },
  handler: async ({ actor, params, body }) => await acceptSuggestion(actor, params.id, body),
});
