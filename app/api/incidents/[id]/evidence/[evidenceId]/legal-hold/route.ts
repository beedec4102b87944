import { withRoute } from "@/lib/http/with-route";
import { ZEvidenceParams, ZLegalHoldInput } from "@/lib/evidence/schemas";
import { setLegalHold } from "@/lib/evidence/custody-actions";

export const PUT = withRoute({
  permission: "evidence.legal-hold",
  summary: "Place or lift a legal hold",
  schemas: { params: ZEvidenceParams, body: ZLegalHoldInput },
  handler: async ({ actor, params, body }) => setLegalHold(actor, params.id, params.evidenceId, body),
});
