import { withRoute } from "@/lib/http/with-route";
import { ZChangeContainmentInput, ZContainmentRequestParams } from "@/lib/containment/schemas";
import { changeContainment } from "@/lib/containment/service";

/** Change a request's parameters before it runs; every approval given so far is voided. */
export const PATCH = withRoute({
  permission: "containment.request",
  summary: "Change a containment request's parameters",
  schemas: { params: ZContainmentRequestParams, body: ZChangeContainmentInput },
  handler: async ({ actor, params, body }) => ({ request: await changeContainment(actor, params.id, params.requestId, body) }),
});
