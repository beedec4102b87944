import { checkHealth } from "@/lib/health";
import { jsonResponse, withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

export const GET = withRoute({
  permission: "health.read",
  summary: "Health probe",
  docs: { responses: { 200: "The console and its database answer.", 503: "Something it depends on does not answer." } },
  handler: async () => {
    const health = await checkHealth();
    return jsonResponse(health, health.status === "ok" ? 200 : 503);
  },
});
