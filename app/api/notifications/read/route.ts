import { withRoute } from "@/lib/http/with-route";
import { markNotificationsRead, ZMarkReadInput } from "@/lib/notifications/service";

/** Marks notifications read: `{ ids }`, or all of them when `ids` is left out. */
export const POST = withRoute({
  permission: "notification.mark-read",
  summary: "Mark notifications read",
  schemas: { body: ZMarkReadInput },
  handler: async ({ actor, body }) => await markNotificationsRead(actor, body),
});
