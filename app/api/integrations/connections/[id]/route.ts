import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { changeIntegrationConnection, ZConnectionPatch } from "@/lib/integration-admin/connections";

const ZParams = z.object({ id: z.uuid({ error: "must be a connection id" }) });

export const PATCH = withRoute({
  permission: "integration.manage",
  summary: "Change an integration connection (on or off, name, settings, secrets)",
  schemas: { params: ZParams, body: ZConnectionPatch },
  handler: async ({ actor, params, body }) => ({ connection: await changeIntegrationConnection(actor, params.id, body) }),
});
