import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZCreateTokenInput } from "@/lib/tokens/schemas";
import { createApiToken, listApiTokens } from "@/lib/tokens/service";

export const GET = withRoute({
  permission: "token.list",
  summary: "List API tokens",
  handler: async ({ actor }) => ({ tokens: await listApiTokens(actor) }),
});

export const POST = withRoute({
  permission: "token.create",
  summary: "Create an API token",
  docs: { responses: { 201: "The token, with its secret shown this once." } },
  schemas: { body: ZCreateTokenInput },
  handler: async ({ actor, body }) => jsonResponse(await createApiToken(actor, body), 201),
});
