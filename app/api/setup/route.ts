import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { createFirstAdmin } from "@/lib/setup/service";
import { ZFirstAdminInput } from "@/lib/users/schemas";

export const POST = withRoute({
  permission: "setup.create-first-admin",
  summary: "Create the first administrator",
  docs: { responses: { 201: "The administrator." } },
  schemas: { body: ZFirstAdminInput },
  handler: async ({ body }) => jsonResponse({ user: await createFirstAdmin(body) }, 201),
});
