import { withRoute } from "@/lib/http/with-route";
import { reviewQueue } from "@/lib/notices/reviews";

export const GET = withRoute({
  permission: "notice.review.list",
  summary: "List notices awaiting review",
  handler: async ({ actor }) => ({ reviews: await reviewQueue(actor) }),
});
