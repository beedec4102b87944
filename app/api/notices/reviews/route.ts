import { withRoute } from "@/lib/http/with-route";
import { reviewQueue } from "@/lib/notices/reviews";

export const GET = withRoute({
  permission: "notice.review.list",
  handler: async ({ actor }) => ({ reviews: await reviewQueue(actor) }),
});
