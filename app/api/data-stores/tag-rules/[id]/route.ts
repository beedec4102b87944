import { withRoute } from "@/lib/http/with-route";
import { ZTagRuleParams } from "@/lib/inventory/schemas";
import { deleteTagRule } from "@/lib/inventory/tag-rules";

export const DELETE = withRoute({
  permission: "datastore.manage",
  summary: "Remove a tag mapping",
  schemas: { params: ZTagRuleParams },
  handler: async ({ actor, params }) => {
    await deleteTagRule(actor, params.id);
    return { deleted: true };
  },
});
