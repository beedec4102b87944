import "server-only";
import type { TDbClient } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { visibleIncidentsWhere } from "@/lib/incidents/visibility";

/**
 * The incident a child record (task, evidence…) hangs off, if the actor may see it; otherwise the same 404 as
 * for an incident that does not exist. Domains call this before reading or writing anything scoped to it.
 */
export async function requireVisibleIncident(db: TDbClient, actor: TActor, incidentId: string) {
  const incident = await db.incident.findFirst({
    where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] },
    select: { id: true, status: true, title: true, exercise: true, restricted: true },
  });
  if (!incident) throw AppError.notFound("The incident");
  return incident;
}
