import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZContainmentParams, ZCreateContainmentInput } from "@/lib/containment/schemas";
import { getContainment, requestContainment } from "@/lib/containment/service";

export const GET = withRoute({
  permission: "containment.read",
  summary: "Proposed containment actions and the incident's containment requests",
  schemas: { params: ZContainmentParams },
  handler: async ({ actor, params }) => ({ containment: await getContainment(actor, params.id) }),
});

/** Request a catalog action (action, parameters, account and region checked; the role comes from the account). */
export const POST = withRoute({
  permission: "containment.request",
  summary: "Request a containment action",
  docs: { responses: { 201: "The new request, awaiting approval." } },
  schemas: { params: ZContainmentParams, body: ZCreateContainmentInput },
  handler: async ({ actor, params, body }) => jsonResponse({ request: await requestContainment(actor, params.id, body) }, 201),
});
