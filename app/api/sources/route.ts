import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZCreateSourceInput } from "@/lib/findings/schemas";
import { createSource, listSources } from "@/lib/findings/service";

export const GET = withRoute({
  permission: "source.list",
  summary: "List findings sources",
  handler: async ({ actor }) => ({ items: await listSources(actor) }),
});

export const POST = withRoute({
  permission: "source.manage",
  summary: "Add a findings source",
  docs: { responses: { 201: "The new source." } },
  schemas: { body: ZCreateSourceInput },
  handler: async ({ actor, body }) => jsonResponse({ source: await createSource(actor, body) }, 201),
});
