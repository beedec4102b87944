import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { getFinding } from "@/lib/findings/service";

export const GET = withRoute({
  permission: "finding.read",
  summary: "Read a finding and its versions",
  schemas: { params: z.object({ id: z.uuid() }) },
  handler: async ({ actor, params }) => ({ finding: await getFinding(actor, params.id) }),
});
