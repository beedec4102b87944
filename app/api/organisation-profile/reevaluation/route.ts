import { withRoute } from "@/lib/http/with-route";
import { latestReevaluation } from "@/lib/register-reevaluation/progress";

/** How far the re-evaluation of open incidents after the latest profile save has got (the page polls it). */
export const GET = withRoute({
  permission: "organisation.read",
  summary: "Read the progress of the open incidents' re-evaluation after the latest organisation profile save",
  handler: async ({ actor }) => ({ reevaluation: await latestReevaluation(actor) }),
});
