import { withRoute } from "@/lib/http/with-route";
import { ZLinkInput } from "@/lib/findings/schemas";
import { linkFindings } from "@/lib/findings/service";

export const POST = withRoute({
  permission: "finding.triage",
  summary: "Link findings to an incident",
  schemas: { body: ZLinkInput },
  handler: async ({ actor, body }) => linkFindings(actor, body),
});
