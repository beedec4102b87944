import type { Metadata } from "next";
import { ContainmentApprovalPolicyForm } from "@/components/containment/approval-policy-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can, whoCan } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getContainmentApprovalPolicy } from "@/lib/containment/approval-policy";
import { CONTAINMENT_ACTION_CLASSES, CONTAINMENT_APPROVER_ROLES, CONTAINMENT_CLASS_LABELS, describeNeed, type TContainmentApprovalPolicy } from "@/lib/containment/approval-policy-rules";

export const metadata: Metadata = { title: "Containment approvals" };

const FLOORS: Record<string, string> = {
  production_access: "the incident's commander must always approve.",
  destructive: "always at least two different people.",
};

export default async function ContainmentApprovalsPage() {
  const actor = await requireActor();
  const { policy, version, defaults } = await getContainmentApprovalPolicy(actor);
  const describe = (p: TContainmentApprovalPolicy) => CONTAINMENT_ACTION_CLASSES.map((c) => `${CONTAINMENT_CLASS_LABELS[c]}: ${describeNeed(p[c])}`).join("; ");
  return (
    <>
      <PageHeader
        title="Containment approvals"
        description="Who must approve a containment action of each class before the worker runs it. The requester never counts; the incident's commander is whoever leads that incident."
      />
      <p className="mb-2 text-sm text-slate-700">Safe defaults: {describe(defaults)}.</p>
      <p className="mb-4 text-sm text-slate-700">
        In force: version {version}. A change decides every request not yet started again: approvals already given stay, but a request that now needs more waits for them, and the worker checks once more before it starts one.
      </p>
      {can(actor, "containment.approval-policy.manage") ? (
        <ContainmentApprovalPolicyForm
          policy={policy}
          classes={CONTAINMENT_ACTION_CLASSES.map((id) => ({ id, label: CONTAINMENT_CLASS_LABELS[id] }))}
          roles={CONTAINMENT_APPROVER_ROLES.map((role) => ({ role, label: ROLE_LABELS[role] }))}
          floors={FLOORS}
        />
      ) : (
        <Alert tone="info" title={`In force: ${describe(policy)}`}>{whoCan("containment.approval-policy.manage").replace("do this", "change it")}</Alert>
      )}
    </>
  );
}
