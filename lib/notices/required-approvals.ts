import { APPROVER_ROLES, type TApproverRole, type TNoticeApprovalPolicy } from "@/lib/auth/policy";
import type { TInvalidParam } from "@/lib/errors/app-error";
import { NOTICE_KINDS, type TNoticeKind } from "@/lib/notices/kinds";
import { findTemplate } from "@/lib/notices/templates";
import { obligationKind } from "@/lib/notices/obligation-kind";

export { obligationKind };
import type { TNoticeTemplate } from "@/lib/notices/templates/types";

/** What a notice is, as far as its approvals go: the template it was drafted from and the obligation it meets. */
export type TNoticeIdentity = { templateId: string; obligation: { ruleId: string } | null };

/**
 * The kinds whose approvals a notice needs: its template's and its obligation's (an individuals obligation drafted on
 * the generic regulator template still needs the individuals notice's approvals). A template no longer known needs
 * every kind's.
 */
export function noticeKinds(notice: TNoticeIdentity): TNoticeKind[] {
  const template = findTemplate(notice.templateId);
  const kinds = new Set<TNoticeKind>(template ? [template.kind] : NOTICE_KINDS);
  const fromObligation = notice.obligation ? obligationKind(notice.obligation.ruleId) : null;
  if (fromObligation) kinds.add(fromObligation);
  return [...kinds];
}

/**
 * The roles that must approve a notice before it is sent. Derived from what the notice is (its template and its
 * obligation), never from a kind someone stated, so no way of drafting, editing or sending a notice can lower the bar.
 * Every reader of approvals (the notice page, the review queue, the decision, the send) asks this one function.
 */
export function requiredApprovals(policy: TNoticeApprovalPolicy, notice: TNoticeIdentity): TApproverRole[] {
  const kinds = noticeKinds(notice);
  return APPROVER_ROLES.filter((role) => kinds.some((kind) => policy[kind].includes(role)));
}

/** A new notice's stated kind, when given, must be its template's (the kind is never the drafter's choice). */
export function kindMismatch(template: TNoticeTemplate, statedKind: TNoticeKind | undefined): TInvalidParam[] {
  if (statedKind === undefined || statedKind === template.kind) return [];
  return [{ name: "kind", reason: `must be ${template.kind}: the kind follows from the template (${template.label})` }];
}
