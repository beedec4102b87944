import "server-only";
import type { TDbClient } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/http/app-error";
import { visibleIncidentsWhere } from "@/lib/incidents/visibility";

/**
 * The incident if the actor may see it; otherwise the same 404 as for an incident that does not exist. Every
 * facts, register and notification path goes through it before reading or writing a child of the incident.
 */
export async function visibleIncidentOr404(db: TDbClient, actor: TActor, incidentId: string) {
  const incident = await db.incident.findFirst({
    where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] },
    select: { id: true, status: true },
  });
  if (!incident) throw AppError.notFound("The incident");
  return incident;
}
