import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { ZUpdateUserInput } from "@/lib/users/schemas";
import { updateUser } from "@/lib/user-admin/update-user";

export const PATCH = withRoute({
  permission: "user.update",
  summary: "Update a user",
  schemas: { params: z.object({ id: z.uuid({ error: "must be a user id" }) }), body: ZUpdateUserInput },
  handler: async ({ actor, params, body }) => ({ user: await updateUser(actor, params.id, body) }),
});
