import { withRoute } from "@/lib/http/with-route";
import { ZDismissInput } from "@/lib/findings/schemas";
import { dismissFindings } from "@/lib/findings/service";

export const POST = withRoute({
  permission: "finding.triage",
  summary: "Dismiss findings",
  schemas: { body: ZDismissInput },
  handler: async ({ actor, body }) => dismissFindings(actor, body),
});
