import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZApproveContainmentInput, ZContainmentRequestParams } from "@/lib/containment/schemas";
import { approveContainment } from "@/lib/containment/service";

/** Approve the exact request read (its hash), re-confirming the password; requester, role and count rules in the service. */
export const POST = withRoute({
  permission: "containment.approve",
  summary: "Approve a containment request",
  docs: { responses: { 201: "The approval and where the request stands." } },
  schemas: { params: ZContainmentRequestParams, body: ZApproveContainmentInput },
  handler: async ({ actor, params, body }) => jsonResponse({ approval: await approveContainment(actor, params.id, params.requestId, body) }, 201),
});
