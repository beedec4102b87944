import { withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getLedgerSummary } from "@/lib/affected-people/read";

export const GET = withRoute({
  permission: "incident.facts.read",
  summary: "The affected-people ledger in numbers, and its imports",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => getLedgerSummary(actor, params.id),
});
