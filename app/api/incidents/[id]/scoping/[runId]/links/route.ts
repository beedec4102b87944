import { withRoute } from "@/lib/http/with-route";
import { ZLinkStoresInput, ZScopingRunParams } from "@/lib/access-reconstruction/schemas";
import { linkTouchedStores } from "@/lib/access-reconstruction/service";

/** Links touched stores to the incident: their data categories and residents join the facts (a facts change). */
export const POST = withRoute({
  permission: "incident.facts.update",
  summary: "Link data stores a CloudTrail reconstruction found touched to the incident's facts",
  schemas: { params: ZScopingRunParams, body: ZLinkStoresInput },
  handler: async ({ actor, params, body }) => ({ link: await linkTouchedStores(actor, params.id, params.runId, body) }),
});
