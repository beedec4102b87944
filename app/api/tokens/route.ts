import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZCreateTokenInput } from "@/lib/tokens/schemas";
import { createApiToken, listApiTokens } from "@/lib/tokens/service";

export const GET = withRoute({
  permission: "token.list",
  handler: async ({ actor }) => ({ tokens: await listApiTokens(actor) }),
});

export const POST = withRoute({
  permission: "token.create",
  schemas: { body: ZCreateTokenInput },
  handler: async ({ actor, body }) => jsonResponse(await createApiToken(actor, body), 201),
});
