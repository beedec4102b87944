import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  permission: "session.read",
  summary: "Who is calling",
  handler: async ({ actor }) => ({ actor }),
});
