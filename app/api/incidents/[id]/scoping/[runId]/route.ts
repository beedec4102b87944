import { withRoute } from "@/lib/http/with-route";
import { ZScopingRunParams } from "@/lib/access-reconstruction/schemas";
import { getScopingRun } from "@/lib/access-reconstruction/service";

export const GET = withRoute({
  permission: "scoping.read",
  summary: "One CloudTrail access reconstruction: status, per-store access, logging gaps, evidence item",
  schemas: { params: ZScopingRunParams },
  handler: async ({ actor, params }) => ({ run: await getScopingRun(actor, params.id, params.runId) }),
});
