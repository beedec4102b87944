import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZRequestScopingInput, ZScopingParams } from "@/lib/access-reconstruction/schemas";
import { getScoping, requestScoping } from "@/lib/access-reconstruction/service";

export const GET = withRoute({
  permission: "scoping.read",
  summary: "CloudTrail access reconstructions of the incident, with the suspects its findings name",
  schemas: { params: ZScopingParams },
  handler: async ({ actor, params }) => ({ scoping: await getScoping(actor, params.id) }),
});

/** Records a reconstruction for the worker (nothing is asked of AWS in the request). */
export const POST = withRoute({
  permission: "scoping.run",
  summary: "Request a CloudTrail access reconstruction",
  docs: { responses: { 201: "The queued reconstruction; the worker runs it." } },
  schemas: { params: ZScopingParams, body: ZRequestScopingInput },
  handler: async ({ actor, params, body }) => jsonResponse({ run: await requestScoping(actor, params.id, body) }, 201),
});
