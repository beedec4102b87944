import { withRoute } from "@/lib/http/with-route";
import { getApprovalPolicy, setApprovalPolicy } from "@/lib/notices/approval-policy";
import { ZApprovalPolicyInput } from "@/lib/notices/schemas";

export const GET = withRoute({
  permission: "notice.approval-policy.read",
  handler: async ({ actor }) => getApprovalPolicy(actor),
});

export const PUT = withRoute({
  permission: "notice.approval-policy.manage",
  schemas: { body: ZApprovalPolicyInput },
  handler: async ({ actor, body }) => ({ policy: await setApprovalPolicy(actor, body) }),
});
