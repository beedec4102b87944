import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { ZRegisterUriInput } from "@/lib/evidence/schemas";
import { listEvidence } from "@/lib/evidence/read";
import { registerEvidenceUri } from "@/lib/evidence/register";

export const GET = withRoute({
  permission: "evidence.read",
  summary: "List the evidence register",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => ({ evidence: await listEvidence(actor, params.id) }),
});

/** Registers external evidence by URI (JSON). Files are uploaded to ./uploads as multipart/form-data. */
export const POST = withRoute({
  permission: "evidence.create",
  summary: "Register evidence by URI",
  docs: { responses: { 201: "The new evidence item." } },
  schemas: { params: ZIncidentParams, body: ZRegisterUriInput },
  handler: async ({ actor, params, body }) => jsonResponse(await registerEvidenceUri(actor, params.id, body), 201),
});
