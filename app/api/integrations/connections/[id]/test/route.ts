import { z } from "zod";
import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { queueIntegrationConnectionTest } from "@/lib/integration-admin/connections";

const ZParams = z.object({ id: z.uuid({ error: "must be a connection id" }) });

export const POST = withRoute({
  permission: "integration.manage",
  summary: "Send a test through an integration connection",
  docs: { responses: { 202: "Queued: the worker sends it; its outcome shows as the connection's health." } },
  schemas: { params: ZParams },
  handler: async ({ actor, params }) => jsonResponse(await queueIntegrationConnectionTest(actor, params.id), 202),
});
