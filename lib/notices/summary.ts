import type { TApproverRole } from "@/lib/auth/policy";
import { approvalState } from "@/lib/notices/approval-state";
import { missingElements, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import type { TNoticeWithDetail } from "@/lib/notices/queries";
import { findTemplate } from "@/lib/notices/templates";

/** A notice as lists and its page show it: where its latest version's approvals stand, what it lacks, its status. */
export function summarizeNotice(notice: TNoticeWithDetail, required: TApproverRole[]) {
  const latest = notice.versions[0] ?? null;
  const approvalsOfLatest = latest ? notice.approvals.filter((a) => a.versionId === latest.id) : [];
  const state = approvalState(required, latest?.contentHash ?? "", approvalsOfLatest);
  const template = findTemplate(notice.templateId);
  const missing = latest && template ? missingElements(template, latest.content as TNoticeContent, latest.recipients as TNoticeRecipient[]) : [];
  const status = notice.sentVersionId ? "sent" : state.rejected ? "rejected" : state.fullyApproved ? (missing.length ? "incomplete" : "approved") : "awaiting_approval";
  return {
    id: notice.id,
    incidentId: notice.incidentId,
    kind: notice.kind,
    templateId: notice.templateId,
    title: notice.title,
    obligation: notice.obligation,
    latestVersion: notice.latestVersion,
    sentVersionId: notice.sentVersionId,
    sentAt: notice.sentAt,
    /** Set when the recipients were taken from the affected-people ledger (lib/notices/ledger-draft.ts). */
    ledgerSelection: notice.ledgerSelection,
    latest,
    versions: notice.versions,
    approvals: notice.approvals,
    state,
    missing,
    status,
  };
}
