import { withRoute } from "@/lib/http/with-route";
import { ZContainmentRequestParams, ZRetryContainmentInput } from "@/lib/containment/schemas";
import { retryContainment } from "@/lib/containment/retry";

/** Retry a failed request on its approvals, only when nothing changed since they were given (else 409). */
export const POST = withRoute({
  permission: "containment.request",
  summary: "Retry a failed containment request without new approval",
  schemas: { params: ZContainmentRequestParams, body: ZRetryContainmentInput },
  handler: async ({ actor, params, body }) => ({ request: await retryContainment(actor, params.id, params.requestId, body) }),
});
