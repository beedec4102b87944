import "server-only";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { findActiveIncidents } from "@/lib/incidents/queries";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { mailConfigured } from "@/lib/mail/transport";
import { missingElements, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { loadDecisionNotices } from "@/lib/notices/notice-decisions";
import { findFindingTitles } from "@/lib/notices/queries";
import type { TNoticeDetail } from "@/lib/notices/read";
import { sendReadiness } from "@/lib/notices/send-readiness";

/**
 * What the notice page says before anyone acts: the completeness check held to the notice's own kind and the
 * incident's finding text, what stops each way of sending, and approvals nobody can give (the same rule as the status
 * views, which read decisionsAwaiting).
 */
export async function getNoticeChecks(actor: TActor, notice: TNoticeDetail) {
  assertCan(actor, "notice.read");
  const latest = notice.latest;
  if (!latest) throw AppError.notFound("The notice version");
  const [decisionNotices, findingTexts] = await Promise.all([
    loadDecisionNotices(actor, [notice.incidentId]),
    findFindingTitles(notice.incidentId),
  ]);
  const content = latest.content as TNoticeContent;
  const recipients = latest.recipients as TNoticeRecipient[];
  const missing = notice.template ? missingElements(notice.template, content, recipients, { kind: notice.kind, findingTexts }) : [];
  const readiness = sendReadiness({
    sent: Boolean(notice.sentVersionId),
    version: latest,
    approval: notice.state,
    missing,
    recipients: recipients.length,
    exercise: notice.incident.exercise,
    mailConfigured: mailConfigured(),
  });
  const deadlocks = decisionNotices.get(notice.incidentId)?.find((n) => n.id === notice.id)?.deadlocks ?? [];
  return { missing, readiness, deadlocks };
}

/** Unsent notices on the actor's active incidents that wait for an approval nobody can give: the review queue's warning. */
export async function listStuckNotices(actor: TActor) {
  assertCan(actor, "notice.list");
  const incidents = await findActiveIncidents(visibleIncidentsWhere(actor));
  const decisionNotices = await loadDecisionNotices(actor, incidents.map((i) => i.id));
  return incidents.flatMap((incident) =>
    (decisionNotices.get(incident.id) ?? [])
      .filter((n) => !n.sent && n.deadlocks.length > 0)
      .map((n) => ({ noticeId: n.id, title: n.title, deadlocks: n.deadlocks, incident: { id: incident.id, reference: incident.reference, title: incident.title } })),
  );
}
