import { withRoute } from "@/lib/http/with-route";
import { ZFindingListQuery } from "@/lib/findings/schemas";
import { listTriageQueue } from "@/lib/findings/service";

export const GET = withRoute({
  permission: "finding.list",
  summary: "List findings",
  schemas: { query: ZFindingListQuery },
  handler: async ({ actor, query }) => ({ items: await listTriageQueue(actor, query) }),
});
