import "server-only";
import type { TDbClient } from "@/lib/db";
import type { TOpenWork } from "@/lib/incidents/lifecycle";

/**
 * The hook where other domains report work that keeps an incident open. Tasks, notification obligations and
 * approvals each add their count here when they exist (they arrive with the tasks, clocks and approvals work);
 * until then nothing blocks closing. Runs inside the status-change transaction, after the incident row is locked.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature the domains will fill in
export async function collectOpenWork(_db: TDbClient, _incidentId: string): Promise<TOpenWork> {
  return { openTasks: 0, openObligations: 0, pendingApprovals: 0 };
}
