import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { createFirstAdmin } from "@/lib/setup/service";
import { ZFirstAdminInput } from "@/lib/users/schemas";

export const POST = withRoute({
  permission: "setup.create-first-admin",
  schemas: { body: ZFirstAdminInput },
  handler: async ({ body }) => jsonResponse({ user: await createFirstAdmin(body) }, 201),
});
