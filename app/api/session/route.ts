import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  permission: "session.read",
  handler: async ({ actor }) => ({ actor }),
});
