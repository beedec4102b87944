import { withRoute } from "@/lib/http/with-route";
import { listNotifications } from "@/lib/notifications/service";

export const GET = withRoute({
  permission: "notification.list",
  summary: "List your notifications",
  schemas: {},
  handler: async ({ actor }) => await listNotifications(actor),
});
