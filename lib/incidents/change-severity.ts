import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { ZChangeSeverityInput, type TChangeSeverityInput } from "@/lib/incidents/schemas";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";

/**
 * Raises or lowers an incident's severity, with a reason, for whoever may change its phase. Optimistic like a phase
 * change (409 on a stale version); the timeline event — which tells webhooks, chat and PagerDuty — is written in the
 * same transaction.
 */
export async function changeIncidentSeverity(actor: TActor, incidentId: string, input: TChangeSeverityInput) {
  assertCan(actor, "incident.change-status");
  const data = ZChangeSeverityInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await lockIncident(tx, incidentId);
    const current = await tx.incident.findFirst({ where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] }, select: { severity: true, version: true, status: true } });
    if (!current) throw AppError.notFound("The incident");
    if (current.version !== data.expectedVersion) {
      throw AppError.conflict(`Someone else changed this incident meanwhile: its severity is now ${current.severity} (version ${current.version}). Review it and try again.`, {
        current: { severity: current.severity, version: current.version },
      });
    }
    if (current.status === "closed") throw AppError.conflict("A closed incident's severity stays as it was closed; reopen it first.");
    if (current.severity === data.to) throw AppError.badRequest(`The severity is already ${data.to}.`, [{ name: "to", reason: "must differ from the current severity" }]);
    const version = data.expectedVersion + 1;
    await tx.incident.update({ where: { id: incidentId }, data: { severity: data.to, version } });
    await appendTimelineEvent(tx, { incidentId, kind: "incident.severity-changed", actor, payload: { from: current.severity, to: data.to, reason: data.reason, version } });
    return { id: incidentId, severity: data.to, version };
  });
}
