import { withRoute } from "@/lib/http/with-route";
import { getEvidenceRetention, setEvidenceRetention } from "@/lib/evidence/retention-policy";
import { ZEvidenceRetentionInput } from "@/lib/evidence/schemas";

export const GET = withRoute({
  permission: "organisation.read",
  summary: "Read the evidence retention (S3 Object Lock) policy",
  handler: async ({ actor }) => getEvidenceRetention(actor),
});

export const PUT = withRoute({
  permission: "organisation.manage",
  summary: "Change the evidence retention (S3 Object Lock) policy",
  schemas: { body: ZEvidenceRetentionInput },
  handler: async ({ actor, body }) => ({ retention: await setEvidenceRetention(actor, body) }),
});
