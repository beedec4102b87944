import { checkHealth } from "@/lib/health";
import { jsonResponse, withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

export const GET = withRoute({
  permission: "health.read",
  handler: async () => {
    const health = await checkHealth();
    return jsonResponse(health, health.status === "ok" ? 200 : 503);
  },
});
