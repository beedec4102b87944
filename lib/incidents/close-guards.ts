import "server-only";
import type { TDbClient } from "@/lib/db";
import type { TOpenWork } from "@/lib/incidents/lifecycle";
import { findOpenTaskTitles } from "@/lib/tasks/queries";
import { openObligationsWhere } from "@/lib/obligations/service";

/**
 * The hook where other domains report work that keeps an incident open. Tasks, notification obligations and
 * approvals each add their count here when they exist (they arrive with the tasks, clocks and approvals work).
 * Runs inside the status-change transaction, after the incident row is locked.
 */
export async function collectOpenWork(db: TDbClient, incidentId: string): Promise<TOpenWork> {
  // Tasks (issue 5): open or in progress.
  const openTasks = await findOpenTaskTitles(incidentId, db);
  // Notification obligations (lib/obligations): applies yes, not met, not retired.
  const obligations = await db.obligation.findMany({
    where: openObligationsWhere(incidentId),
    select: { ruleId: true, recipient: true, dueAt: true },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { ruleId: "asc" }],
  });
  const next = obligations.find((o) => o.dueAt !== null);
  // Notices (issue 7): drafted but not sent, and their latest version not rejected — they await approval or sending.
  const unsent = await db.notice.findMany({
    where: { incidentId, sentVersionId: null, latestVersion: { gt: 0 } },
    select: { title: true, latestVersion: true, approvals: { where: { decision: "reject", voidedAt: null }, select: { version: { select: { number: true } } } } },
  });
  const pendingNotices = unsent.filter((n) => !n.approvals.some((a) => a.version.number === n.latestVersion));
  return {
    openTasks: openTasks.length,
    openTaskTitles: openTasks.map((t) => t.title),
    openObligations: obligations.length,
    openObligationNames: obligations.map((o) => `${o.ruleId} (${o.recipient})`),
    nextDeadline: next ? { ruleId: next.ruleId, recipient: next.recipient, dueAt: next.dueAt as Date, overdue: (next.dueAt as Date).getTime() < Date.now() } : null,
    pendingApprovals: pendingNotices.length,
    pendingApprovalTitles: pendingNotices.map((n) => n.title),
  };
}
