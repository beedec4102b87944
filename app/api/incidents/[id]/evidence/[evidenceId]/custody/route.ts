import { withRoute } from "@/lib/http/with-route";
import { ZCustodyInput, ZEvidenceParams } from "@/lib/evidence/schemas";
import { recordCustody } from "@/lib/evidence/custody-actions";

/** Hand-over to a user (`hand_over`, `toUserId`) or transfer to an outside party (`transfer`, `to`), with a reason. */
export const POST = withRoute({
  permission: "evidence.custody.transfer",
  summary: "Hand over or transfer evidence",
  schemas: { params: ZEvidenceParams, body: ZCustodyInput },
  handler: async ({ actor, params, body }) => ({ evidence: await recordCustody(actor, params.id, params.evidenceId, body) }),
});
