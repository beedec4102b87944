import "server-only";
import { APPROVER_ROLES, type TActor, type TApproverRole, type TNoticeApprovalPolicy } from "@/lib/auth/policy";
import { mailConfigured } from "@/lib/mail/transport";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { approvalDeadlocks, type TApprovalDeadlock, type TApproverCandidate } from "@/lib/notices/approval-deadlock";
import { approvalState, approverStanding, type TApprovalRow } from "@/lib/notices/approval-state";
import { missingElements, type TNoticeRecipient } from "@/lib/notices/content";
import {
  findApprovalsOfNotices,
  findDecisionIncidents,
  findIncidentMembers,
  findNoticesOfIncidents,
  findNotReachedCounts,
  findUnsentLatestVersions,
  type TDecisionIncident,
} from "@/lib/notices/queries";
import { sendReadiness, type TSendReadiness } from "@/lib/notices/send-readiness";
import { requiredApprovals } from "@/lib/notices/required-approvals";
import { findTemplate } from "@/lib/notices/templates";
import { findEligibleUsers } from "@/lib/users/queries";

/** A notice as the "decisions awaiting someone" rule (lib/status/decisions-awaiting.ts) and the notice page read it. */
export type TDecisionNotice = {
  id: string;
  title: string;
  obligationId: string | null;
  sent: boolean;
  /** What stands between the notice and sending it (lib/notices/send-readiness.ts); unused once sent. */
  readiness: TSendReadiness;
  deadlocks: readonly TApprovalDeadlock[];
  /** Where the latest version's approvals stand: a rejection needs a new version; `missing` roles have not approved. */
  approval: { rejected: boolean; missing: readonly TApproverRole[] };
  /** The roles the person this state was loaded for may give on the latest version now (approverStanding). */
  viewerMayApproveAs: readonly TApproverRole[];
  /** Once sent: recipients the notice did not reach (the server refused it, or the provider reported a bounce later). */
  notReached: number;
};

/** Active people holding an approving role, and who may see each need-to-know incident among `incidents`. */
async function approverCandidates(incidents: readonly TDecisionIncident[]) {
  const restricted = incidents.filter((i) => i.restricted).map((i) => i.id);
  const [people, members] = await Promise.all([
    findEligibleUsers(APPROVER_ROLES, { id: true, roles: true }),
    findIncidentMembers(restricted),
  ]);
  return (incident: TDecisionIncident): TApproverCandidate[] =>
    people.map((p) => ({
      id: p.id,
      roles: p.roles,
      seesIncident: !incident.restricted || p.roles.includes("admin") || p.id === incident.commanderId || members.some((m) => m.incidentId === incident.id && m.userId === p.id),
    }));
}

/** Every notice of `incidents` as the decisions rule reads it, per incident id, for the person `actor`. */
export async function readDecisionNotices(actor: TActor, incidents: readonly TDecisionIncident[], policy: TNoticeApprovalPolicy): Promise<Map<string, TDecisionNotice[]>> {
  const ids = incidents.map((i) => i.id);
  const [notices, versions, candidatesFor] = await Promise.all([findNoticesOfIncidents(ids), findUnsentLatestVersions(ids), approverCandidates(incidents)]);
  const [approvals, notReached] = await Promise.all([
    findApprovalsOfNotices(notices.filter((n) => !n.sentVersionId).map((n) => n.id)),
    findNotReachedCounts(notices.filter((n) => n.sentVersionId).map((n) => n.id)),
  ]);
  const mail = mailConfigured();
  const byIncident = new Map<string, TDecisionNotice[]>(ids.map((id) => [id, []]));
  for (const notice of notices) {
    const incident = incidents.find((i) => i.id === notice.incidentId)!;
    const version = versions.find((v) => v.notice_id === notice.id);
    const sent = notice.sentVersionId !== null;
    const rows: TApprovalRow[] = approvals.filter((a) => a.noticeId === notice.id && a.version.number === notice.latestVersion);
    // The approvals follow from what the notice is (template and obligation), never from its stored kind.
    const required = requiredApprovals(policy, notice);
    // The one rule of who may still decide, asked for the person reading: "a draft waits for your approval".
    const standing = version && !sent ? approverStanding(actor, required, { authorId: version.author_id, authorTokenId: version.author_token_id, contentHash: version.content_hash }, rows) : null;
    const state = standing?.state ?? approvalState(required, version?.content_hash ?? "", rows);
    const template = findTemplate(notice.templateId);
    // The completeness check reads only whether there are recipients and which merge fields they carry.
    const recipients: TNoticeRecipient[] = version && version.recipient_count > 0 ? [{ address: "", fields: Object.fromEntries(version.merge_fields.map((f) => [f, ""])) }] : [];
    const missing = version && template ? missingElements(template, version.content, recipients, { kind: notice.kind }) : [];
    byIncident.get(notice.incidentId)!.push({
      id: notice.id,
      title: notice.title,
      obligationId: notice.obligationId,
      sent,
      readiness: sendReadiness({
        sent,
        version: version ? { id: version.version_id, number: notice.latestVersion } : null,
        approval: state,
        missing,
        recipients: version?.recipient_count ?? 0,
        exercise: incident.exercise,
        mailConfigured: mail,
      }),
      deadlocks: sent || !version
        ? []
        : approvalDeadlocks({ missing: state.missing, rejected: state.rejected, drafterId: version.author_id, decidedIds: rows.map((r) => r.approverId), candidates: candidatesFor(incident) }),
      approval: { rejected: state.rejected, missing: state.missing },
      viewerMayApproveAs: standing?.roles ?? [],
      notReached: notReached.get(notice.id) ?? 0,
    });
  }
  return byIncident;
}

/** The notices of those of `incidentIds` the actor may see, as the decisions rule reads them, per incident id. */
export async function loadDecisionNotices(actor: TActor, incidentIds: readonly string[]): Promise<Map<string, TDecisionNotice[]>> {
  if (incidentIds.length === 0) return new Map();
  const [incidents, policy] = await Promise.all([findDecisionIncidents(actor, incidentIds), readApprovalPolicy()]);
  return readDecisionNotices(actor, incidents, policy);
}
