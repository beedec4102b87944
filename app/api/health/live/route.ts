import { jsonResponse, withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

/**
 * Liveness for a load balancer: the process answers, nothing more (no database call), so one slow database does not
 * make every console process look dead at once. `GET /api/health` is the readiness probe. bench:api also uses this
 * route as its "empty route handler" baseline.
 */
export const GET = withRoute({
  permission: "health.read",
  summary: "Liveness probe",
  docs: { responses: { 200: "The console process answers (the database is not checked: see /api/health)." } },
  handler: async () => jsonResponse({ status: "ok" }, 200),
});
