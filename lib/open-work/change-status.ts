import "server-only";
import { refreshNextReminders } from "@/lib/reminder-schedule/refresh";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { isIncidentCommander, visibleIncidentsWhere } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { canTransition, closeBlockers, isReopen, nextStatuses, STATUS_LABELS } from "@/lib/incidents/lifecycle";
import { ZChangeStatusInput, type TChangeStatusInput, type TIncidentStatus } from "@/lib/incidents/schemas";
import { collectOpenWork } from "@/lib/open-work/collect";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";

/**
 * Moves an incident to another phase. Optimistic concurrency: the caller names the version it saw and the
 * write is conditional on it, so of two simultaneous changes one wins and the other gets 409 with the current
 * state. Closing is refused while work is open (reasons listed); reopening needs the incident's commander and
 * a reason. The timeline event is written in the same transaction.
 */
export async function changeIncidentStatus(actor: TActor, incidentId: string, input: TChangeStatusInput) {
  assertCan(actor, "incident.change-status");
  const data = ZChangeStatusInput.parse(input);

  return prisma.$transaction(async (tx) => {
    // Every change of an incident's work appends to its timeline, which locks this row: taking the lock before the
    // close guards read means work committed by a concurrent change is seen here, never slipped past the check.
    await lockIncident(tx, incidentId);
    const current = await tx.incident.findFirst({
      where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] },
      select: { id: true, status: true, version: true, commanderId: true },
    });
    if (!current) throw AppError.notFound("The incident");
    const stale = () =>
      AppError.conflict(
        `Someone else changed this incident meanwhile: it is now ${STATUS_LABELS[current.status]} (version ${current.version}). Review the current state and try again.`,
        { current: { status: current.status, version: current.version } },
      );
    if (current.version !== data.expectedVersion) throw stale();

    const from = current.status as TIncidentStatus;
    if (!canTransition(from, data.to)) {
      const allowed = nextStatuses(from).map((s) => STATUS_LABELS[s]).join(" or ");
      throw AppError.badRequest(`An incident in ${STATUS_LABELS[from]} can move to ${allowed}, not to ${STATUS_LABELS[data.to]}.`, [
        { name: "to", reason: `must be one of ${nextStatuses(from).join(", ")}` },
      ]);
    }
    if (isReopen(from, data.to)) {
      if (!isIncidentCommander(actor, current)) {
        throw AppError.forbidden("Only this incident's commander can reopen it.");
      }
      if (!data.reason) {
        throw AppError.badRequest("Reopening needs a reason.", [{ name: "reason", reason: "is required to reopen an incident" }]);
      }
    }
    if (data.to === "closed") {
      const blockers = closeBlockers(await collectOpenWork(tx, incidentId));
      if (blockers.length > 0) {
        throw new AppError("conflict", `The incident cannot be closed yet: ${blockers.join(" ")}`, [], { blockers });
      }
    }

    const written = await tx.incident.updateMany({
      where: { id: incidentId, version: data.expectedVersion, status: from },
      data: { status: data.to, version: { increment: 1 } },
    });
    if (written.count !== 1) {
      const now = await tx.incident.findUnique({ where: { id: incidentId }, select: { status: true, version: true } });
      throw AppError.conflict("Someone else changed this incident meanwhile. Review the current state and try again.", {
        current: now,
      });
    }
    const version = data.expectedVersion + 1;
    // A closed incident's clocks stopped reminding (lib/reminders/run.ts); reopened, they remind again.
    if (isReopen(from, data.to)) await refreshNextReminders(tx, incidentId);
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "incident.status-changed",
      actor,
      payload: { from, to: data.to, reason: data.reason, version },
    });
    return { id: incidentId, status: data.to, version };
  });
}
