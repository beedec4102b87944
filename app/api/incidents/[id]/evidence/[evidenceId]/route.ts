import { withRoute } from "@/lib/http/with-route";
import { ZDeleteEvidenceInput, ZEvidenceParams } from "@/lib/evidence/schemas";
import { deleteEvidence } from "@/lib/evidence/custody-actions";

/** Soft delete with a reason; 409 while the item is under legal hold. */
export const DELETE = withRoute({
  permission: "evidence.delete",
  summary: "Delete evidence (soft, with a reason)",
  schemas: { params: ZEvidenceParams, body: ZDeleteEvidenceInput },
  handler: async ({ actor, params, body }) => ({ evidence: await deleteEvidence(actor, params.id, params.evidenceId, body) }),
});
