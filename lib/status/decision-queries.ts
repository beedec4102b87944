import "server-only";
import { prisma } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { APPROVER_ROLES, type TActor, type TNoticeApprovalPolicy } from "@/lib/auth/policy";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { mailConfigured } from "@/lib/mail/transport";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { approvalDeadlocks, type TApproverCandidate } from "@/lib/notices/approval-deadlock";
import { approvalState, approverStanding, type TApprovalRow } from "@/lib/notices/approval-state";
import { missingElements, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { sendReadiness } from "@/lib/notices/send-readiness";
import { requiredApprovals } from "@/lib/notices/required-approvals";
import { findTemplate } from "@/lib/notices/templates";
import { findEligibleUsers } from "@/lib/users/queries";
import type { TDecisionNotice, TDecisionState } from "@/lib/status/decisions-awaiting";
import { findStatusObligations, type TStoredObligation } from "@/lib/status/queries";

type TIncidentAccess = { id: string; restricted: boolean; exercise: boolean; commanderId: string };

/** Active people holding an approving role, and who may see each need-to-know incident among `incidents`. */
async function approverCandidates(incidents: readonly TIncidentAccess[]) {
  const restricted = incidents.filter((i) => i.restricted).map((i) => i.id);
  const [people, members] = await Promise.all([
    findEligibleUsers(APPROVER_ROLES, { id: true, roles: true }),
    restricted.length ? prisma.incidentMember.findMany({ where: { incidentId: { in: restricted } }, select: { incidentId: true, userId: true } }) : [],
  ]);
  return (incident: TIncidentAccess): TApproverCandidate[] =>
    people.map((p) => ({
      id: p.id,
      roles: p.roles,
      seesIncident: !incident.restricted || p.roles.includes("admin") || p.id === incident.commanderId || members.some((m) => m.incidentId === incident.id && m.userId === p.id),
    }));
}

type TLatestVersionRow = {
  notice_id: string;
  content: TNoticeContent;
  content_hash: string;
  author_id: string | null;
  author_token_id: string | null;
  recipient_count: number;
  merge_fields: string[];
};

/**
 * The latest version of each unsent notice, with its recipients counted in the database: a bulk list of 100,000
 * addresses never travels to the page for a count and its merge-field names.
 */
const LATEST_VERSIONS_SQL = `
  SELECT v.notice_id, v.content, v.content_hash, v.author_id, v.author_token_id,
         jsonb_array_length(v.recipients) AS recipient_count,
         ARRAY(SELECT DISTINCT jsonb_object_keys(r->'fields') FROM jsonb_array_elements(v.recipients) r WHERE jsonb_typeof(r->'fields') = 'object') AS merge_fields
    FROM notices n
    JOIN notice_versions v ON v.notice_id = n.id AND v.number = n.latest_version
   WHERE n.incident_id = ANY($1::uuid[]) AND n.sent_version_id IS NULL`;

async function readNotices(actor: TActor, incidents: readonly TIncidentAccess[], policy: TNoticeApprovalPolicy): Promise<Map<string, TDecisionNotice[]>> {
  const ids = incidents.map((i) => i.id);
  const [notices, versions, candidatesFor] = await Promise.all([
    prisma.notice.findMany({
      where: { incidentId: { in: ids } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, incidentId: true, title: true, kind: true, templateId: true, obligationId: true, sentVersionId: true, latestVersion: true,
        obligation: { select: { ruleId: true } },
      },
    }),
    sqlRows<TLatestVersionRow>(LATEST_VERSIONS_SQL, [ids]),
    approverCandidates(incidents),
  ]);
  const unsentIds = notices.filter((n) => !n.sentVersionId).map((n) => n.id);
  const approvals = unsentIds.length
    ? await prisma.noticeApproval.findMany({
        where: { noticeId: { in: unsentIds } },
        select: { noticeId: true, role: true, decision: true, contentHash: true, voidedAt: true, approverId: true, version: { select: { number: true } } },
      })
    : [];
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
      readiness: sendReadiness({ sent, approval: state, missing, recipients: version?.recipient_count ?? 0, exercise: incident.exercise, mailConfigured: mail }),
      deadlocks: sent || !version
        ? []
        : approvalDeadlocks({ missing: state.missing, rejected: state.rejected, drafterId: version.author_id, decidedIds: rows.map((r) => r.approverId), candidates: candidatesFor(incident) }),
      approval: { rejected: state.rejected, missing: state.missing },
      viewerMayApproveAs: standing?.roles ?? [],
    });
  }
  return byIncident;
}

/**
 * The state decisionsAwaiting reads, for those of `incidentIds` the actor may see (the others are left out, as
 * everywhere). `obligations` may be passed when the caller has read them already (the status view has).
 */
export async function loadDecisionStates(actor: TActor, incidentIds: readonly string[], obligations?: readonly TStoredObligation[]): Promise<Map<string, TDecisionState>> {
  if (incidentIds.length === 0) return new Map();
  const [incidents, policy] = await Promise.all([
    prisma.incident.findMany({
      where: { AND: [visibleIncidentsWhere(actor), { id: { in: [...incidentIds] } }] },
      select: { id: true, restricted: true, exercise: true, commanderId: true },
    }),
    readApprovalPolicy(),
  ]);
  const visible = incidents.map((i) => i.id);
  const [stored, notices] = await Promise.all([obligations ? Promise.resolve(obligations) : findStatusObligations(visible), readNotices(actor, incidents, policy)]);
  return new Map(
    incidents.map((incident) => [
      incident.id,
      { incidentId: incident.id, obligations: stored.filter((o) => o.incidentId === incident.id), notices: notices.get(incident.id) ?? [] },
    ]),
  );
}
