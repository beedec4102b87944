import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { revokeApiToken } from "@/lib/tokens/service";

/** DELETE revokes: the row stays, so the audit trail keeps who used which token. */
export const DELETE = withRoute({
  permission: "token.revoke",
  summary: "Revoke an API token",
  schemas: { params: z.object({ id: z.uuid({ error: "must be a token id" }) }) },
  handler: async ({ actor, params }) => ({ token: await revokeApiToken(actor, params.id) }),
});
