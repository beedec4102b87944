import type { Metadata } from "next";
import { ApprovalPolicyForm } from "@/components/notices/approval-policy-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { APPROVER_ROLES, can, whoCan } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getApprovalPolicy } from "@/lib/notices/approval-policy";
import { NOTICE_KIND_LABELS, NOTICE_KINDS } from "@/lib/notices/kinds";

export const metadata: Metadata = { title: "Notice approvals" };

export default async function NoticeApprovalsPage() {
  const actor = await requireActor();
  const { policy, defaults } = await getApprovalPolicy(actor);
  const describe = (p: Record<string, readonly string[]>) => NOTICE_KINDS.map((k) => `${NOTICE_KIND_LABELS[k]}: ${p[k]!.map((r) => ROLE_LABELS[r as keyof typeof ROLE_LABELS]).join(" + ")}`).join("; ");
  return (
    <>
      <PageHeader title="Notice approvals" description="Who must approve each kind of notice before it can be sent. The drafter of a version never counts." />
      <p className="mb-4 text-sm text-slate-700">Safe defaults: {describe(defaults)}.</p>
      {can(actor, "notice.approval-policy.manage") ? (
        <ApprovalPolicyForm
          policy={policy}
          kinds={NOTICE_KINDS.map((kind) => ({ kind, label: NOTICE_KIND_LABELS[kind] }))}
          roles={APPROVER_ROLES.map((role) => ({ role, label: ROLE_LABELS[role] }))}
        />
      ) : (
        <Alert tone="info" title={`In force: ${describe(policy)}`}>{whoCan("notice.approval-policy.manage").replace("do this", "change it")}</Alert>
      )}
    </>
  );
}
