import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZCreateUserInput } from "@/lib/users/schemas";
import { createUser, listUsers } from "@/lib/users/service";

export const GET = withRoute({
  permission: "user.list",
  summary: "List users",
  handler: async ({ actor }) => ({ users: await listUsers(actor) }),
});

export const POST = withRoute({
  permission: "user.create",
  summary: "Create a user",
  docs: { responses: { 201: "The new user." } },
  schemas: { body: ZCreateUserInput },
  handler: async ({ actor, body }) => jsonResponse({ user: await createUser(actor, body) }, 201),
});
