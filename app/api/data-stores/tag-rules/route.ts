import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZTagRuleInput } from "@/lib/inventory/schemas";
import { createTagRule, listTagRules } from "@/lib/inventory/tag-rules";

export const GET = withRoute({
  permission: "datastore.list",
  summary: "List the tag mapping of the data inventory",
  schemas: {},
  handler: async ({ actor }) => ({ tagRules: await listTagRules(actor) }),
});

export const POST = withRoute({
  permission: "datastore.manage",
  summary: "Map an AWS tag to data categories and residency",
  docs: { responses: { 201: "The new tag mapping.", 409: "That tag is already mapped." } },
  schemas: { body: ZTagRuleInput },
  handler: async ({ actor, body }) => jsonResponse({ tagRule: await createTagRule(actor, body) }, 201),
});
