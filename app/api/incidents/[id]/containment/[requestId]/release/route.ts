import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZContainmentRequestParams } from "@/lib/containment/schemas";
import { requestRelease } from "@/lib/containment/release";

/** Request the release (roll back) of a succeeded reversible action: a new request, approved like any other. */
export const POST = withRoute({
  permission: "containment.request",
  summary: "Request the release of a containment action",
  docs: { responses: { 201: "The release request, awaiting approval." } },
  schemas: { params: ZContainmentRequestParams },
  handler: async ({ actor, params }) => jsonResponse({ request: await requestRelease(actor, params.id, params.requestId) }, 201),
});
