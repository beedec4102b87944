import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { setIntegrationConnectionEnabled, ZConnectionPatch } from "@/lib/integration-admin/connections";

const ZParams = z.object({ id: z.uuid({ error: "must be a connection id" }) });

export const PATCH = withRoute({
  permission: "integration.manage",
  summary: "Turn an integration connection on or off",
  schemas: { params: ZParams, body: ZConnectionPatch },
  handler: async ({ actor, params, body }) => ({ connection: await setIntegrationConnectionEnabled(actor, params.id, body) }),
});
