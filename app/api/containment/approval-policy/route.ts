import { withRoute } from "@/lib/http/with-route";
import { getContainmentApprovalPolicy, setContainmentApprovalPolicy } from "@/lib/containment/approval-policy";
import { ZContainmentApprovalPolicyInput } from "@/lib/containment/approval-policy-rules";

export const GET = withRoute({
  permission: "containment.approval-policy.read",
  summary: "Read the containment approval policy (per action class: approvals, the incident's commander, roles)",
  handler: async ({ actor }) => ({ containmentApprovalPolicy: await getContainmentApprovalPolicy(actor) }),
});

export const PUT = withRoute({
  permission: "containment.approval-policy.manage",
  summary: "Change the containment approval policy, with a reason; its floors cannot be lowered",
  schemas: { body: ZContainmentApprovalPolicyInput },
  handler: async ({ actor, body }) => ({ containmentApprovalPolicy: await setContainmentApprovalPolicy(actor, body) }),
});
