import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZCreateSourceInput } from "@/lib/findings/schemas";
import { createSource, listSources } from "@/lib/findings/service";

export const GET = withRoute({
  permission: "source.list",
  handler: async ({ actor }) => ({ items: await listSources(actor) }),
});

export const POST = withRoute({
  permission: "source.manage",
  schemas: { body: ZCreateSourceInput },
  handler: async ({ actor, body }) => jsonResponse({ source: await createSource(actor, body) }, 201),
});
