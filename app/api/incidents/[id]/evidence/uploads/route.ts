import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { uploadEvidence } from "@/lib/evidence/register";

/**
 * Uploads a file as multipart/form-data (part "file"; fields "reason", optional "name" and "description"). The
 * body is streamed by the evidence service itself, under BREACHDESK_EVIDENCE_MAX_BYTES (413 past it), not by the
 * wrapper's JSON reader. 201 with the new item; 200 with `duplicate: true` when these bytes are already registered.
 */
export const POST = withRoute({
  permission: "evidence.create",
  summary: "Upload an evidence file",
  docs: { requestBody: { mediaType: "multipart/form-data", description: "Part `file`; fields `reason`, optional `name` and `description`." }, responses: { 201: "The new evidence item.", 200: "These bytes are already registered (`duplicate: true`)." } },
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params, request }) => {
    const result = await uploadEvidence(actor, params.id, request);
    return jsonResponse(result, result.duplicate ? 200 : 201);
  },
});
