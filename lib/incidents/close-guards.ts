import "server-only";
import type { TDbClient } from "@/lib/db";
import type { TOpenWork } from "@/lib/incidents/lifecycle";
import { findOpenTaskTitles } from "@/lib/tasks/queries";

/**
 * The hook where other domains report work that keeps an incident open. Tasks, notification obligations and
 * approvals each add their count here when they exist (they arrive with the tasks, clocks and approvals work).
 * Runs inside the status-change transaction, after the incident row is locked.
 */
export async function collectOpenWork(db: TDbClient, incidentId: string): Promise<TOpenWork> {
  // Tasks (issue 5): open or in progress.
  const openTasks = await findOpenTaskTitles(incidentId, db);
  return {
    openTasks: openTasks.length,
    openTaskTitles: openTasks.map((t) => t.title),
    openObligations: 0,
    pendingApprovals: 0,
  };
}
