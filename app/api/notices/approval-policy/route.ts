import { withRoute } from "@/lib/http/with-route";
import { getApprovalPolicy, setApprovalPolicy } from "@/lib/notices/approval-policy";
import { ZApprovalPolicyInput } from "@/lib/notices/schemas";

export const GET = withRoute({
  permission: "notice.approval-policy.read",
  summary: "Read the notice approval policy",
  handler: async ({ actor }) => getApprovalPolicy(actor),
});

export const PUT = withRoute({
  permission: "notice.approval-policy.manage",
  summary: "Change the notice approval policy",
  schemas: { body: ZApprovalPolicyInput },
  handler: async ({ actor, body }) => ({ policy: await setApprovalPolicy(actor, body) }),
});
