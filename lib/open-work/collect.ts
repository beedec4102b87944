import "server-only";
import type { TDbClient } from "@/lib/db";
import type { TOpenWork } from "@/lib/incidents/lifecycle";
import { findOpenTaskTitles } from "@/lib/tasks/queries";
import { openObligationsWhere } from "@/lib/obligations/service";
import { nextDeadline } from "@/lib/status/status";

/**
 * The work that keeps an incident open: open tasks, notification obligations that apply and are not met, and notices
 * awaiting approval or sending. Runs inside the status-change transaction.
 */
export async function collectOpenWork(db: TDbClient, incidentId: string): Promise<TOpenWork> {
  return (await collectOpenWorkByIncident(db, [incidentId])).get(incidentId)!;
}

/**
 * The open work of several incidents in three queries whatever their number (the dashboard lists up to 500), keyed
 * by incident id; every id asked for has an entry.
 */
export async function collectOpenWorkByIncident(db: TDbClient, incidentIds: readonly string[]): Promise<Map<string, TOpenWork>> {
  // Tasks: open or in progress.
  const openTasks = groupByIncident(await findOpenTaskTitles(incidentIds, db));
  // Notification obligations (lib/obligations): applies yes, not met, not retired.
  const obligations = groupByIncident(
    await db.obligation.findMany({
      where: openObligationsWhere(incidentIds),
      select: { incidentId: true, ruleId: true, recipient: true, dueAt: true, applies: true, metAt: true, retiredAt: true },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { ruleId: "asc" }],
    }),
  );
  // Notices: drafted but not sent, and their latest version not rejected — they await approval or sending.
  const unsent = await db.notice.findMany({
    where: { incidentId: { in: [...incidentIds] }, sentVersionId: null, latestVersion: { gt: 0 } },
    orderBy: { createdAt: "asc" },
    select: { incidentId: true, title: true, latestVersion: true, approvals: { where: { decision: "reject", voidedAt: null }, select: { version: { select: { number: true } } } } },
  });
  const pendingNotices = groupByIncident(unsent.filter((n) => !n.approvals.some((a) => a.version.number === n.latestVersion)));

  const now = Date.now();
  return new Map(
    incidentIds.map((incidentId) => {
      const tasks = openTasks.get(incidentId) ?? [];
      const open = obligations.get(incidentId) ?? [];
      const pending = pendingNotices.get(incidentId) ?? [];
      const next = nextDeadline(open);
      const work: TOpenWork = {
        openTasks: tasks.length,
        openTaskTitles: tasks.map((t) => t.title),
        openObligations: open.length,
        openObligationNames: open.map((o) => `${o.ruleId} (${o.recipient})`),
        nextDeadline: next?.dueAt ? { ruleId: next.ruleId, recipient: next.recipient, dueAt: next.dueAt, overdue: next.dueAt.getTime() < now } : null,
        pendingApprovals: pending.length,
        pendingApprovalTitles: pending.map((n) => n.title),
      };
      return [incidentId, work];
    }),
  );
}

/** Rows by their incident, each group in the order the query returned it. */
function groupByIncident<TRow extends { incidentId: string }>(rows: readonly TRow[]): Map<string, TRow[]> {
  const groups = new Map<string, TRow[]>();
  for (const row of rows) {
    const group = groups.get(row.incidentId);
    if (group) group.push(row);
    else groups.set(row.incidentId, [row]);
  }
  return groups;
}
