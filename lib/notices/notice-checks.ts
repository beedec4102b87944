import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { findActiveIncidents } from "@/lib/incidents/queries";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { mailConfigured } from "@/lib/mail/transport";
import { missingElements, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { sendReadiness } from "@/lib/notices/send-readiness";
import type { getNotice } from "@/lib/notices/service";
import { loadDecisionStates } from "@/lib/status/decision-queries";

type TNoticeDetail = Awaited<ReturnType<typeof getNotice>>;

/** Finding text the completeness check looks for in a letter to the public (titles are what gets copied). */
const FINDING_TEXTS_MAX = 200;

/**
 * What the notice page says before anyone acts: the completeness check held to the notice's own kind and the
 * incident's finding text, what stops each way of sending, and approvals nobody can give (the same rule as the status
 * views, which read decisionsAwaiting).
 */
export async function getNoticeChecks(actor: TActor, notice: TNoticeDetail) {
  assertCan(actor, "notice.read");
  const latest = notice.latest;
  if (!latest) throw AppError.notFound("The notice version");
  const [states, findings] = await Promise.all([
    loadDecisionStates(actor, [notice.incidentId]),
    prisma.finding.findMany({ where: { incidentId: notice.incidentId }, select: { title: true }, take: FINDING_TEXTS_MAX }),
  ]);
  const content = latest.content as TNoticeContent;
  const recipients = latest.recipients as TNoticeRecipient[];
  const missing = notice.template ? missingElements(notice.template, content, recipients, { kind: notice.kind, findingTexts: findings.map((f) => f.title) }) : [];
  const readiness = sendReadiness({
    sent: Boolean(notice.sentVersionId),
    approval: notice.state,
    missing,
    recipients: recipients.length,
    exercise: notice.incident.exercise,
    mailConfigured: mailConfigured(),
  });
  const deadlocks = states.get(notice.incidentId)?.notices.find((n) => n.id === notice.id)?.deadlocks ?? [];
  return { missing, readiness, deadlocks };
}

/** Unsent notices on the actor's active incidents that wait for an approval nobody can give: the review queue's warning. */
export async function listStuckNotices(actor: TActor) {
  assertCan(actor, "notice.list");
  const incidents = await findActiveIncidents(visibleIncidentsWhere(actor));
  const states = await loadDecisionStates(actor, incidents.map((i) => i.id));
  return incidents.flatMap((incident) =>
    (states.get(incident.id)?.notices ?? [])
      .filter((n) => !n.sent && n.deadlocks.length > 0)
      .map((n) => ({ noticeId: n.id, title: n.title, deadlocks: n.deadlocks, incident: { id: incident.id, reference: incident.reference, title: incident.title } })),
  );
}
